#pragma once

#include <QStyledItemDelegate>

// The item delegate of the record editors' QDataWidgetMapper. It writes a field back only when the
// user actually changed its meaning: an empty line edit over a NULL column, a QDate over the same
// date text, or an int id over the same qlonglong id are "unchanged", so an untouched field is never
// rewritten (which matters when a conflict is resolved field by field). Cleared text becomes NULL.
// Spin boxes with a special value text use their minimum for NULL. The keys an item view's editor
// reacts to (Esc reverts, Tab commits, Enter closes) are left to the dialog: the mapper submits only on
// Save, so Esc closes the dialog, Tab moves on and Enter presses the default button.
class RecordFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RecordFieldDelegate(QObject* parent = nullptr);

    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    // True when the two values mean the same to a user (NULL == "" , 3 == "3", QDate == its text).
    static bool sameValue(const QVariant& a, const QVariant& b);
    static QVariant editorValue(const QWidget* editor);

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
};
