// core/ is the engine and the store: Qt Core and Sql only. A Gui or Widgets include there fails this test.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestCoreLayering : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coreUsesNoGuiModule();
};

void TestCoreLayering::coreUsesNoGuiModule()
{
    static const QRegularExpression forbidden(QStringLiteral(
        R"(#\s*include\s*<(Qt(Gui|Widgets|Charts|PrintSupport|Svg)/|Q(Widget|Color|Icon|Painter|Pixmap|Image|Font|UndoStack|UndoCommand|Chart\w*|Application|GuiApplication)>))"));
    QDirIterator it(QStringLiteral(SUANPAN_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch match = forbidden.match(text);
        QVERIFY2(!match.hasMatch(), qPrintable(file.fileName() + QStringLiteral(": ") + match.captured(0)));
        ++files;
    }
    QVERIFY(files > 10);
}

QTEST_GUILESS_MAIN(TestCoreLayering)
#include "TestCoreLayering.moc"
