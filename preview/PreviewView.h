#pragma once

#include <QWebEngineView>

namespace frontleaf {

class PreviewView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);
};

} // namespace frontleaf
