#include "PreviewView.h"

namespace frontleaf {

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
}

} // namespace frontleaf
