#pragma once

#include <QMainWindow>

namespace Caa::Ui {

/// The main window: a domain entry and the result views.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace Caa::Ui
