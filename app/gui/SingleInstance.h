#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class MainWindow;
class QLocalServer;
class QLocalSocket;

// One DeskCRM window per user: a second start hands its request (a page to show, a file to import) to the
// window already running, which comes to the front, instead of opening a second writer on the same database.
// The two talk over a local socket (a Unix domain socket, a named pipe on Windows) only this user may open.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // What a start asked for, as GuiOptions parsed it.
    struct Request
    {
        QString database; // --database as given; empty = whatever the running window has open
        QString page;
        QString importFile; // absolute path
    };
    // Answers the running window gives a request: take it over here, or start a window of its own (it named
    // another database than the one open here).
    using Handler = std::function<bool(const Request&)>;

    // key tells instances apart: the same key = the same user and settings (defaultKey()).
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY(SingleInstance)

    // The key of this user's DeskCRM with its settings file (a test's own settings give another key).
    static QString defaultKey();

    // True when a running instance took the request over (this one should end); false when none runs, it did
    // not answer within timeoutMs, or it asked this one to start on its own.
    bool handOff(const Request& request, int timeoutMs = 3000);
    // Becomes the instance later starts hand off to. False when another one is listening already.
    bool listen();
    bool isListening() const;
    // Requests arriving before a handler is set wait for it (the window may still be opening the database).
    void setHandler(Handler handler);

    // The running window's side: a request naming another database than the one open is declined (that start
    // opens a window of its own); otherwise the window comes to the front, shows the page, opens the import.
    static bool deliverTo(MainWindow& window, const Request& request);

private:
    void accept();
    void answer(QLocalSocket* socket, const Request& request);

    QString m_name;
    QLocalServer* m_server = nullptr;
    Handler m_handler;
    QList<QPointer<QLocalSocket>> m_waiting; // read requests whose answer waits for a handler
};
