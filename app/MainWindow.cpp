#include "MainWindow.h"

namespace frontleaf {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
}

} // namespace frontleaf
