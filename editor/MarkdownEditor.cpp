#include "MarkdownEditor.h"

namespace frontleaf {

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
}

} // namespace frontleaf
