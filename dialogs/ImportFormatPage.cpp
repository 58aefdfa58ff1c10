#include "ImportFormatPage.h"

#include "ImportFormats.h"
#include "ImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// What text in the encoding usually is, for the detection's sentence and the encoding combo.
QString encodingText(const QString& name)
{
    if (name == QLatin1String("UTF-8"))
        return ImportFormatPage::tr("Unicode text in UTF-8");
    if (name == QLatin1String("UTF-16LE") || name == QLatin1String("UTF-16BE"))
        return ImportFormatPage::tr("Unicode text in %1").arg(name);
    if (name == QLatin1String("GB18030"))
        return ImportFormatPage::tr("Chinese text in GB18030 (GBK)");
    if (name == QLatin1String("Big5"))
        return ImportFormatPage::tr("Traditional Chinese text in Big5");
    if (name == QLatin1String("windows-1252"))
        return ImportFormatPage::tr("Western European text in Windows-1252 (Latin-1)");
    return ImportFormatPage::tr("text in %1").arg(name);
}

QString encodingLabel(const QString& name)
{
    if (name == QLatin1String("UTF-8"))
        return ImportFormatPage::tr("Unicode (UTF-8)");
    if (name == QLatin1String("UTF-16LE"))
        return ImportFormatPage::tr("Unicode (UTF-16, little-endian)");
    if (name == QLatin1String("UTF-16BE"))
        return ImportFormatPage::tr("Unicode (UTF-16, big-endian)");
    if (name == QLatin1String("GB18030"))
        return ImportFormatPage::tr("Simplified Chinese (GB18030, GBK)");
    if (name == QLatin1String("Big5"))
        return ImportFormatPage::tr("Traditional Chinese (Big5)");
    if (name == QLatin1String("windows-1252"))
        return ImportFormatPage::tr("Western European (Windows-1252, Latin-1)");
    return name;
}
} // namespace

ImportFormatPage::ImportFormatPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFormatPage"));
    setTitle(tr("How the file is read"));
    setSubTitle(tr("Check the first rows below. If names look garbled, choose another encoding."));

    auto* layout = new QVBoxLayout(this);
    m_detection = new QLabel(this);
    m_detection->setObjectName(QStringLiteral("detection"));
    m_detection->setWordWrap(true);
    layout->addWidget(m_detection);

    m_textOptions = new QWidget(this);
    auto* options = new QHBoxLayout(m_textOptions);
    options->setContentsMargins(0, 0, 0, 0);
    m_encoding = new QComboBox(m_textOptions);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    for (const QString& name : TextDecoding::supportedEncodings())
        m_encoding->addItem(encodingLabel(name), name);
    auto* encodingLabelWidget = new QLabel(tr("&Encoding:"), m_textOptions);
    encodingLabelWidget->setBuddy(m_encoding);
    m_delimiter = new QComboBox(m_textOptions);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));
    auto* delimiterLabel = new QLabel(tr("&Separator:"), m_textOptions);
    delimiterLabel->setBuddy(m_delimiter);
    m_header = new QCheckBox(tr("First row &holds the column names"), m_textOptions);
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setChecked(true);
    options->addWidget(encodingLabelWidget);
    options->addWidget(m_encoding);
    options->addSpacing(16);
    options->addWidget(delimiterLabel);
    options->addWidget(m_delimiter);
    options->addSpacing(16);
    options->addWidget(m_header);
    options->addStretch(1);
    layout->addWidget(m_textOptions);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("formatStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("formatPreview"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    layout->addWidget(m_table, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFormatPage::optionsChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFormatPage::optionsChanged);
    connect(m_header, &QCheckBox::toggled, this, &ImportFormatPage::optionsChanged);
}

QString ImportFormatPage::describeDetection(const TextEncodingGuess& guess)
{
    if (guess.name.isEmpty())
        return {};
    if (guess.bomLength > 0)
        return tr("The file says it holds %1 (it starts with a byte order mark).").arg(encodingText(guess.name));
    QString sentence;
    if (guess.confidence >= 90)
        sentence = tr("Looks like %1 (almost certain).").arg(encodingText(guess.name));
    else if (guess.confidence >= 60)
        sentence = tr("Looks like %1 (probably).").arg(encodingText(guess.name));
    else
        sentence =
            tr("Perhaps %1, but the file gives little to go on: check the rows below.").arg(encodingText(guess.name));
    if (!guess.alternatives.isEmpty()) {
        QStringList others;
        for (const QString& name : guess.alternatives)
            others << name;
        // No space after a full stop of Chinese text (。).
        if (!sentence.endsWith(QChar(0x3002)))
            sentence += QLatin1Char(' ');
        sentence += tr("It could also be read as %1.").arg(QLocale().createSeparatedList(others));
    }
    return sentence;
}

void ImportFormatPage::initializePage()
{
    if (m_loadedPath == m_wizard->filePath() && !m_wizard->sample().headers.isEmpty())
        return; // back from the mapping: keep what the user chose
    m_loadedPath = m_wizard->filePath();
    m_options = CsvOptions();
    if (const auto& profile = m_wizard->profile()) {
        m_options.encoding = profile->encoding;
        m_options.delimiter = profile->delimiter;
        m_options.header = profile->header;
    }
    readSample();
}

void ImportFormatPage::optionsChanged()
{
    if (m_updating)
        return;
    m_options.encoding = m_encoding->currentData().toString();
    m_options.delimiter = m_delimiter->currentData().toString().at(0);
    m_options.header = m_header->isChecked();
    readSample();
}

void ImportFormatPage::readSample()
{
    const quint64 generation = ++m_generation;
    m_reading = true;
    m_status->setText(tr("Reading %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    Q_EMIT completeChanged();
    const QString path = m_wizard->filePath();
    const CsvOptions options = m_options;
    m_wizard->runInBackground([this, path, options, generation](Database*, const QString&) {
        ImportSample sample = ImportFormats::sample(path, options, ImportWizard::kSampleRows);
        QMetaObject::invokeMethod(
            this,
            [this, sample = std::move(sample), generation]() {
                if (generation != m_generation)
                    return; // the user changed an option since
                m_reading = false;
                m_wizard->setSample(sample);
                showSample();
                Q_EMIT completeChanged();
            },
            Qt::QueuedConnection);
    });
}

void ImportFormatPage::showSample()
{
    const ImportSample& sample = m_wizard->sample();
    const bool text = sample.format && sample.format->textOptions;
    m_textOptions->setVisible(text);
    if (text && !sample.encoding.isEmpty()) {
        // Show what was read with, without reading again.
        m_updating = true;
        int encoding = m_encoding->findData(sample.encoding);
        if (encoding < 0) {
            m_encoding->addItem(sample.encoding, sample.encoding);
            encoding = m_encoding->count() - 1;
        }
        m_encoding->setCurrentIndex(encoding);
        const int delimiter = m_delimiter->findData(QString(sample.delimiter));
        if (delimiter >= 0)
            m_delimiter->setCurrentIndex(delimiter);
        m_header->setChecked(sample.header);
        m_updating = false;
        m_options.encoding = sample.encoding;
        m_options.delimiter = sample.delimiter;
        m_options.header = sample.header;
    }
    m_detection->setText(text ? describeDetection(sample.detected)
                              : tr("A %1 file.").arg(sample.format ? sample.format->displayName() : QString()));

    QString status;
    if (!sample.ok() && sample.decodingErrors > 0)
        status = tr("The file cannot be read as %1: characters of its first lines that cannot be decoded show as "
                    "� (%2 of them). Choose another encoding.")
                     .arg(sample.encoding, QLocale().toString(sample.decodingErrors));
    else if (!sample.ok())
        status = tr("The file cannot be read: %1").arg(sample.error);
    else if (sample.headers.isEmpty())
        status = tr("The file is empty.");
    else if (sample.decodingErrors > 0)
        status = tr("Characters of these rows that cannot be read as %1 show as � (%2 of them). Choose another "
                    "encoding.")
                     .arg(sample.encoding, QLocale().toString(sample.decodingErrors));
    else
        status = tr("Columns: %1. The first rows as they will be read:").arg(sample.headers.size());
    m_status->setText(status);
    m_status->setStyleSheet(!sample.ok() || sample.decodingErrors > 0 ? QStringLiteral("color: #b00020;") : QString());

    m_model->clear();
    if (!sample.ok()) {
        // The lines as this encoding reads them, so what is wrong can be seen.
        m_model->setColumnCount(1);
        m_model->setHorizontalHeaderLabels({tr("The file's first lines")});
        for (const QString& line : sample.rawLines)
            m_model->appendRow(new QStandardItem(line));
        m_table->horizontalHeader()->setStretchLastSection(true);
        return;
    }
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_model->setColumnCount(int(sample.headers.size()));
    m_model->setHorizontalHeaderLabels(sample.headers);
    QStringList lines;
    for (const SourceRow& row : sample.rows) {
        QList<QStandardItem*> items;
        for (int column = 0; column < sample.headers.size(); ++column) {
            auto* item = new QStandardItem(row.cells.value(column).toString());
            if (!row.problem.isEmpty()) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
                item->setToolTip(row.problem);
            }
            items << item;
        }
        m_model->appendRow(items);
        lines << QLocale().toString(row.line);
    }
    m_model->setVerticalHeaderLabels(lines);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column) + 8, 80, 320));
}

bool ImportFormatPage::isComplete() const
{
    const ImportSample& sample = m_wizard->sample();
    return !m_reading && sample.ok() && !sample.headers.isEmpty();
}
