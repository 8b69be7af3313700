#pragma once
// The language of the user interface: the system's by default, or the one chosen in
// View > Language (QSettings "appearance/language"), which takes effect at the next start.
// The app's translations (translations/*.ts, embedded as :/i18n/fedstudio_<lang>.qm) and Qt's
// own (qtbase_<lang>.qm, for the standard dialogs and buttons) are installed together.

#include <QLocale>
#include <QString>
#include <vector>

namespace fed::ui {

struct UiLanguage {
    QString key;        //!< settings spelling and .qm suffix: "en", "de", "zh_CN"
    QString nativeName; //!< the language's name in itself ("Deutsch"), as language menus show it
};

//! English (the source language) and every language the app is translated into.
const std::vector<UiLanguage>& uiLanguages();

//! The language chosen in View > Language, or an empty string for the system's.
QString savedLanguage();
//! Saves the choice (empty or unknown: follow the system) for the next start.
void saveLanguage(const QString& key);

//! The locale whose language the interface uses: `key` if it names a language of
//! uiLanguages(), the system locale otherwise.
QLocale uiLocale(const QString& key);

//! Loads and installs the app's and Qt's translators for `locale` (replacing those of an earlier
//! call). Returns the key of the language loaded, or "en" when the interface stays English
//! (English asked for, or no translation for that locale). Needs the QCoreApplication.
//! FEDSTUDIO_TRANSLATIONS_DIR, when set, is searched before the embedded files, so that a
//! translator can try a freshly released .qm without rebuilding.
QString installTranslations(const QLocale& locale);

} // namespace fed::ui
