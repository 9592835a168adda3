#pragma once

#include <QMainWindow>

namespace frontleaf {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace frontleaf
