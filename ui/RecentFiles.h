#pragma once
// A most-recent-first list of files kept in QSettings (recent specs, recent runs), and the
// "Open Recent" menu built from it.

#include <QObject>
#include <QStringList>

class QMenu;

namespace fed::ui {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 10;

    //! `settingsKey` is where the list lives in QSettings, e.g. "recent/specs".
    RecentFiles(const QString& settingsKey, QObject* parent = nullptr);

    //! The files that still exist, most recent first.
    QStringList files() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    QStringList stored() const;
    void store(const QStringList& files);

    QString m_key;
};

} // namespace fed::ui
