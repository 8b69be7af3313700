#include "ui/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {

const QString kLanguageKey = u"appearance/language"_s;

bool isKnown(const QString& key) {
    for (const UiLanguage& language : uiLanguages())
        if (language.key == key)
            return true;
    return false;
}

//! The translators in force; replaced as a whole by the next installTranslations().
struct Installed {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed() {
    static Installed translators;
    return translators;
}

} // namespace

const std::vector<UiLanguage>& uiLanguages() {
    // Each name in its own language, so that someone who cannot read the current one still
    // finds theirs. Not translated, on purpose.
    static const std::vector<UiLanguage> languages{
        {u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s},     {u"fr"_s, u"Français"_s},
        {u"es"_s, u"Español"_s}, {u"zh_CN"_s, u"简体中文"_s},
    };
    return languages;
}

QString savedLanguage() {
    const QString key = QSettings().value(kLanguageKey).toString();
    return isKnown(key) ? key : QString();
}

void saveLanguage(const QString& key) {
    if (isKnown(key))
        QSettings().setValue(kLanguageKey, key);
    else
        QSettings().remove(kLanguageKey);
}

QLocale uiLocale(const QString& key) {
    return isKnown(key) ? QLocale(key) : QLocale::system();
}

QString installTranslations(const QLocale& locale) {
    Installed& current = installed();
    for (auto* translator : {current.app.get(), current.qt.get()})
        if (translator)
            QCoreApplication::removeTranslator(translator);
    current = {};

    QStringList directories{u":/i18n"_s};
    const QString custom = qEnvironmentVariable("FEDSTUDIO_TRANSLATIONS_DIR");
    if (!custom.isEmpty())
        directories.prepend(custom);

    // English, the source language, needs only its plural forms ("1 block", "2 blocks"):
    // fedstudio_en holds nothing else. None of Qt's translations either, so that the standard
    // dialogs do not speak another language than the rest of the app.
    auto english = [&]() -> QString {
        auto plurals = std::make_unique<QTranslator>();
        for (const QString& directory : directories)
            if (plurals->load(u"fedstudio_en"_s, directory)) {
                QCoreApplication::installTranslator(plurals.get());
                current.app = std::move(plurals);
                break;
            }
        return u"en"_s;
    };
    // The locale's languages in the user's order of preference (for the system locale that
    // includes LANGUAGE=fr:de): the first one we have wins, and English wins as soon as it
    // comes. QTranslator strips a tag down by "_" (de_AT -> de); zh_Hans_CN is matched by the
    // zh_CN the list also holds.
    auto app = std::make_unique<QTranslator>();
    bool loaded = false;
    for (QString tag : locale.uiLanguages()) {
        tag.replace(u'-', u'_');
        if (tag == u"C" || tag == u"en" || tag.startsWith(u"en_"))
            return english();
        for (const QString& directory : directories)
            if ((loaded = app->load(u"fedstudio_"_s + tag, directory)))
                break;
        if (loaded)
            break;
    }
    if (!loaded)
        return english();
    QCoreApplication::installTranslator(app.get());

    // Qt's own strings (Cancel, Save, file dialogs) in the language the app loaded, which may
    // be a fallback of the locale (de for de_AT).
    const QLocale loadedLocale(app->language());
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(loadedLocale, u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        current.qt = std::move(qt);
    }
    const QString key = app->language();
    current.app = std::move(app);
    return key;
}

} // namespace fed::ui
