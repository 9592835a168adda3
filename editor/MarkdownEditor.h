#pragma once

#include <QPlainTextEdit>

namespace frontleaf {

class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);
};

} // namespace frontleaf
