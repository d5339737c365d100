#pragma once

#include <QDialog>
#include <QString>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Caa::Ui {

/// The SSLMate API key, kept in the system keychain (QtKeychain: Secret Service or
/// KWallet), never in the settings file. `done` gets the key (empty when none is stored)
/// or why the keychain could not be read.
void readSslMateKey(QObject *context, const std::function<void(const QString &key, const QString &error)> &done);
/// Stores `key` (an empty key removes it); `done` gets why it failed, empty on success.
void writeSslMateKey(const QString &key, QObject *context, const std::function<void(const QString &error)> &done);

/// "Who may issue" → CT settings…: which CT search service is asked (crt.sh or SSLMate),
/// its base URL (a mirror), and the SSLMate API key (kept in the system keychain).
class CtSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtSettingsDialog)

public:
    explicit CtSettingsDialog(QWidget *parent = nullptr);

    QComboBox *serviceCombo() const { return m_service; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QLabel *keyStatus() const { return m_keyStatus; }
    /// Saves the service and URL to the settings and the key to the keychain; the dialog
    /// closes when the keychain has answered (and stays open, saying why, when it failed).
    void save();

private:
    QComboBox *m_service = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyStatus = nullptr;
    bool m_keyEdited = false;
};

} // namespace Caa::Ui
