#pragma once

#include <QChartView>
#include <QString>

#include <functional>

// A dashboard chart with the export actions every chart offers (context menu): save as PNG, save as
// SVG, copy. File names come from a provider the page hands in, so views never open dialogs of their
// own and tests can answer without a modal window.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    // (caption, suggested file name, filter) -> chosen file name, empty when cancelled.
    using FileNameProvider = std::function<QString(const QString&, const QString&, const QString&)>;

    explicit ChartView(QChart* chart, QWidget* parent = nullptr);
    ~ChartView() override;

    // Base of suggested file names ("funnel" -> funnel.png).
    void setExportName(const QString& name) { m_exportName = name; }
    QString exportName() const { return m_exportName; }
    void setFileNameProvider(FileNameProvider provider) { m_fileNameProvider = std::move(provider); }

public Q_SLOTS:
    void savePng();
    void saveSvg();
    void copy();

Q_SIGNALS:
    void exported(const QString& fileName);
    void errorOccurred(const QString& message);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QString askFileName(const QString& caption, const QString& suffix, const QString& filter) const;

    QString m_exportName;
    FileNameProvider m_fileNameProvider;
};
