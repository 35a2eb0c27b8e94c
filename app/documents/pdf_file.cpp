// Temporary file, cairo's PDF stream, fsync, rename: the PDF appears whole or not at all.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/pdf_file.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace matside::documents {
namespace {

struct Sink {
    int fd = -1;
    int error = 0; // errno of the first failed write
};

cairo_status_t writeAll(void* closure, const unsigned char* data, unsigned int length) {
    auto* sink = static_cast<Sink*>(closure);
    while (length > 0) {
        const ssize_t n = ::write(sink->fd, data, length);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            sink->error = n < 0 ? errno : EIO;
            return CAIRO_STATUS_WRITE_ERROR;
        }
        data += n;
        length -= static_cast<unsigned int>(n);
    }
    return CAIRO_STATUS_SUCCESS;
}

fs::path folderOf(const fs::path& target) {
    const fs::path parent = target.parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

} // namespace

std::optional<std::string> outputFolderProblem(const fs::path& target) {
    const fs::path folder = folderOf(target);
    std::error_code ec;
    const auto status = fs::status(folder, ec);
    if (!fs::exists(status))
        return folder.string() + ": the folder does not exist; create it or write somewhere else with -o";
    if (!fs::is_directory(status)) return folder.string() + ": is not a folder; write somewhere else with -o";
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        return folder.string() + ": cannot write in this folder (" + std::strerror(errno) +
               "); write somewhere else with -o";
    if (fs::is_directory(target, ec)) return target.string() + ": is a folder; give a file name ending in .pdf";
    return std::nullopt;
}

std::optional<std::string> writePdfAtomically(const fs::path& target, PaperSize paper,
                                              const std::function<std::optional<std::string>(cairo_surface_t*)>& draw) {
    if (auto problem = outputFolderProblem(target)) return problem;
    std::string temp = (folderOf(target) / ("." + target.filename().string() + ".XXXXXX")).string();
    Sink sink;
    sink.fd = ::mkstemp(temp.data());
    if (sink.fd < 0) return folderOf(target).string() + ": cannot create a file here (" + std::strerror(errno) + ")";
    ::fchmod(sink.fd, 0644); // mkstemp makes 0600; a document is for sharing

    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(writeAll, &sink, paper.width, paper.height);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "matside");
    std::optional<std::string> error = draw(surface);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (!error && (status != CAIRO_STATUS_SUCCESS || sink.error))
        error = target.string() + ": could not be written (" +
                (sink.error ? std::strerror(sink.error) : cairo_status_to_string(status)) + ")";
    if (!error && ::fsync(sink.fd) != 0)
        error = target.string() + ": could not be written (" + std::strerror(errno) + ")";
    if (::close(sink.fd) != 0 && !error)
        error = target.string() + ": could not be written (" + std::strerror(errno) + ")";
    if (!error && ::rename(temp.c_str(), target.c_str()) != 0)
        error = target.string() + ": could not be replaced (" + std::strerror(errno) + ")";
    if (error) {
        ::unlink(temp.c_str());
        return error;
    }
    // The rename itself is made durable by syncing the folder.
    if (int dir = ::open(folderOf(target).c_str(), O_RDONLY | O_DIRECTORY); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return std::nullopt;
}

} // namespace matside::documents
