// tr(), trn() and format(): translations found, plurals by the language's rule, arguments
// reordered by position, and English whenever no catalogue answers.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/format.h"
#include "i18n/language.h"
#include "i18n/tr.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace matside {
namespace {

class Translated : public ::testing::Test {
protected:
    void SetUp() override { ::setenv("MATSIDE_LOCALE_DIR", MATSIDE_LOCALE_BUILD_DIR, 1); }
    void TearDown() override { i18n::setLanguage("en"); }
};

TEST(Format, FillsPlainDirectivesInOrder) {
    EXPECT_EQ(format("Set %d of %d.", 2, 3), "Set 2 of 3.");
    EXPECT_EQ(format("%s: %s", "a", std::string("b")), "a: b");
    EXPECT_EQ(format("100%% done, %lu left", 4ul), "100% done, 4 left");
}

TEST(Format, PositionalDirectivesLetATranslationReorder) {
    EXPECT_EQ(format("%2$s, %1$d times", 5, "left"), "left, 5 times");
    EXPECT_EQ(format("%1$d + %1$d", 7), "7 + 7");
}

TEST(Format, ADirectiveWithoutItsArgumentIsLeftAsText) {
    EXPECT_EQ(format("%3$s and %d", 1), "%3$s and 1");
    EXPECT_EQ(format("50% off", 1), "50% off");
    EXPECT_EQ(format("ends in %", 1), "ends in %");
}

TEST_F(Translated, EnglishIsTheSourceText) {
    EXPECT_EQ(i18n::setLanguage("en_GB"), "en");
    EXPECT_TRUE(i18n::isEnglish());
    EXPECT_EQ(decimal(1.25, 1), "1.2");
    EXPECT_STREQ(trn("%d second", "%d seconds", 1), "%d second");
    EXPECT_STREQ(trn("%d second", "%d seconds", 0), "%d seconds");
}

TEST_F(Translated, GermanFrenchSpanishWriteDecimalsWithAComma) {
    for (const char* lang : {"de", "fr", "es"}) {
        EXPECT_EQ(i18n::setLanguage(lang), lang);
        EXPECT_EQ(decimal(2.5, 1), "2,5") << lang;
    }
}

TEST_F(Translated, AMissingLanguageFallsBackToEnglish) {
    EXPECT_EQ(i18n::setLanguage("xx_YY"), "en");
    EXPECT_EQ(decimal(2.5, 1), "2.5");
    EXPECT_EQ(i18n::setLanguage("xx:fr"), "fr"); // the list's next language with a catalogue
}

TEST_F(Translated, ARegionalVariantUsesItsLanguagesCatalogue) {
    EXPECT_EQ(i18n::setLanguage("de_AT.UTF-8"), "de");
    EXPECT_EQ(decimal(0.5, 1), "0,5");
}

TEST_F(Translated, TheShippedCataloguesAreListed) {
    const auto all = i18n::availableLanguages();
    ASSERT_GE(all.size(), 4u);
    EXPECT_EQ(all[0], "en");
    for (const char* lang : {"de", "es", "fr"}) EXPECT_NE(std::find(all.begin(), all.end(), lang), all.end()) << lang;
}

} // namespace
} // namespace matside
