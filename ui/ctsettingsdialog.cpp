#include "ctsettingsdialog.h"

#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace Caa::Ui {

namespace {

// The keychain entry: one per user, not per installation.
const QString kKeychainService = QStringLiteral("org.caainspector.inspector");
const QString kKeychainKey = QStringLiteral("sslmate-api-key");

} // namespace

void readSslMateKey(QObject *context, const std::function<void(const QString &, const QString &)> &done)
{
    auto *job = new QKeychain::ReadPasswordJob(kKeychainService, context);
    job->setAutoDelete(true);
    job->setKey(kKeychainKey);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError)
            done(read->textData(), QString());
        else if (read->error() == QKeychain::EntryNotFound)
            done(QString(), QString());
        else
            done(QString(), read->errorString());
    });
    job->start();
}

void writeSslMateKey(const QString &key, QObject *context, const std::function<void(const QString &)> &done)
{
    QKeychain::Job *job = nullptr;
    if (key.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(kKeychainService, context);
        job = remove;
    } else {
        auto *write = new QKeychain::WritePasswordJob(kKeychainService, context);
        write->setTextData(key);
        job = write;
    }
    job->setAutoDelete(true);
    job->setKey(kKeychainKey);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound ? QString() : j->errorString());
    });
    job->start();
}

CtSettingsDialog::CtSettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ctSettingsDialog"));
    setWindowTitle(tr("Certificate Transparency settings"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Look up in CT… asks this service which certificates were logged for the checked name; the service "
                                "learns the name. Nothing is asked without that button, and nothing is kept on disk."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("ctService"));
    m_service->addItem(QStringLiteral("crt.sh"), QStringLiteral("crtsh"));
    m_service->addItem(QStringLiteral("SSLMate (Cert Spotter API)"), QStringLiteral("sslmate")); // not translated: product names
    form->addRow(tr("&Service:"), m_service);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("ctUrl"));
    m_url->setPlaceholderText(tr("the service's own (https://crt.sh/ or https://api.certspotter.com/)"));
    m_url->setToolTip(tr("A mirror of the service, e.g. your company's"));
    form->addRow(tr("Base &URL:"), m_url);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("ctKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("optional; SSLMate only"));
    form->addRow(tr("SSLMate API &key:"), m_key);
    m_keyStatus = new QLabel(tr("The key is kept in the system keychain (Secret Service or KWallet), never in the settings file."), this);
    m_keyStatus->setObjectName(QStringLiteral("ctKeyStatus"));
    m_keyStatus->setWordWrap(true);
    form->addRow(m_keyStatus);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CtSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });

    const QSettings settings;
    m_service->setCurrentIndex(qMax(0, m_service->findData(Settings::ctService().get(settings))));
    m_url->setText(Settings::ctBaseUrl().get(settings));
    readSslMateKey(this, [this](const QString &key, const QString &error) {
        if (!error.isEmpty())
            m_keyStatus->setText(tr("The system keychain cannot be read (%1); a key saved here could not be kept. "
                                    "The environment variable SSLMATE_API_KEY is used instead.").arg(error));
        else if (!key.isEmpty() && !m_keyEdited)
            m_key->setText(key);
    });
}

void CtSettingsDialog::save()
{
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != QStringLiteral("https") && parsed.scheme() != QStringLiteral("http"))) {
            m_keyStatus->setText(tr("The base URL must be an http or https URL."));
            m_url->setFocus();
            return;
        }
    }
    QSettings settings;
    Settings::ctService().set(settings, m_service->currentData().toString());
    Settings::ctBaseUrl().set(settings, url);
    if (!m_keyEdited) {
        accept();
        return;
    }
    m_keyStatus->setText(tr("Saving the key in the system keychain…"));
    writeSslMateKey(m_key->text().trimmed(), this, [this](const QString &error) {
        if (error.isEmpty()) {
            m_keyStatus->setText(tr("The key is saved in the system keychain."));
            accept();
            return;
        }
        // Stays open: the user learns that the key was not kept, and where to put it.
        m_keyStatus->setText(tr("The system keychain is not available (%1): the key was not saved. "
                                "Set the environment variable SSLMATE_API_KEY instead.").arg(error));
    });
}

} // namespace Caa::Ui
