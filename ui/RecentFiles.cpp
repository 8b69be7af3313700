#include "ui/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace fed::ui {

RecentFiles::RecentFiles(const QString& settingsKey, QObject* parent)
    : QObject(parent)
    , m_key(settingsKey) {}

QStringList RecentFiles::stored() const {
    return QSettings().value(m_key).toStringList();
}

void RecentFiles::store(const QStringList& files) {
    QSettings().setValue(m_key, files);
    Q_EMIT changed();
}

QStringList RecentFiles::files() const {
    QStringList existing;
    for (const QString& file : stored())
        if (QFileInfo::exists(file))
            existing << file;
    return existing;
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = stored();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxEntries)
        files.removeLast();
    store(files);
}

void RecentFiles::remove(const QString& path) {
    QStringList files = stored();
    if (files.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store(files);
}

void RecentFiles::clear() {
    store({});
}

} // namespace fed::ui
