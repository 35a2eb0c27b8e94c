/* For bench/run's cue timing only (LD_PRELOAD): hides ALC_SOFT_pause_device, so the player
 * never pauses OpenAL Soft's mixer. OpenAL Soft 1.19's wave backend cannot resume: its stop()
 * leaves the file position in the WAV header, so the samples after a resume overwrite the
 * start of the file whose tones are being timed. */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <string.h>

typedef char ALCboolean;
typedef struct ALCdevice ALCdevice;

ALCboolean alcIsExtensionPresent(ALCdevice* device, const char* name) {
    static ALCboolean (*real)(ALCdevice*, const char*);
    if (!real) real = (ALCboolean(*)(ALCdevice*, const char*))dlsym(RTLD_NEXT, "alcIsExtensionPresent");
    if (name && strcmp(name, "ALC_SOFT_pause_device") == 0) return 0;
    return real ? real(device, name) : 0;
}
