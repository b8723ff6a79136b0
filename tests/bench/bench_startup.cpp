// Startup benchmark: time from starting koso-planner to its main window shown, and the
// program's peak memory, on a national-size dataset (47 prefectures, 339 regions, ~8,000
// hospitals, 10 years). Prints figures; it is not a pass/fail test.
//
//   build/tests/bench/bench_startup [--runs N] [--dataset FILE]
//
// Targets on the 2-core reference machine: under 1 s to the shown window, under 150 MB.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct Sample
{
    double wallMs = 0; // spawn to "shown" line read
    double insideMs = 0; // main() to shown, as the program measured it
    double peakMb = 0; // peak resident set of the child
    bool ok = false;
};

Sample runPlanner(const QString &dataset, const QStringList &environment)
{
    Sample sample;
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return sample;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    const QByteArray program = QByteArrayLiteral(KOSO_PLANNER_PATH);
    const QByteArray option = QByteArrayLiteral("--print-startup-time");
    const QByteArray file = QFile::encodeName(dataset);
    std::vector<char *> argv { const_cast<char *>(program.constData()),
                               const_cast<char *>(option.constData()),
                               const_cast<char *>(file.constData()), nullptr };
    std::vector<QByteArray> envBytes;
    for (const QString &e : environment)
        envBytes.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    QElapsedTimer wall;
    wall.start();
    pid_t pid = 0;
    const int spawned
        = posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    if (spawned != 0) {
        close(pipeFds[0]);
        return sample;
    }
    QByteArray output;
    char buffer[256];
    ssize_t n;
    while (!output.contains('\n') && (n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
        output.append(buffer, int(n));
    sample.wallMs = double(wall.nsecsElapsed()) / 1e6;
    close(pipeFds[0]);

    int status = 0;
    struct rusage usage;
    std::memset(&usage, 0, sizeof usage);
    if (wait4(pid, &status, 0, &usage) < 0)
        return sample;
    sample.peakMb = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
    const QByteArray line = output.trimmed();
    if (line.startsWith("startup-ms ")) {
        sample.insideMs = line.mid(11).toDouble();
        sample.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    return sample;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

bool measure(const char *title, const QString &dataset, int runs, const QStringList &environment)
{
    std::printf("\n%s: %s (%.1f MB)\n", title, qPrintable(dataset),
                double(QFileInfo(dataset).size()) / (1024.0 * 1024.0));
    std::printf("  run   spawn->shown   main()->shown   peak RSS\n");
    std::vector<double> wall, inside, peak;
    // One unmeasured run first: the page cache and fontconfig's cache warm up.
    runPlanner(dataset, environment);
    for (int i = 1; i <= runs; ++i) {
        const Sample s = runPlanner(dataset, environment);
        if (!s.ok) {
            std::printf("  %3d   koso-planner failed\n", i);
            return false;
        }
        std::printf("  %3d   %9.0f ms   %10.0f ms   %6.1f MB\n", i, s.wallMs, s.insideMs, s.peakMb);
        wall.push_back(s.wallMs);
        inside.push_back(s.insideMs);
        peak.push_back(s.peakMb);
    }
    const double wallMedian = median(wall);
    const double peakMax = *std::max_element(peak.begin(), peak.end());
    std::printf("  median %6.0f ms   %10.0f ms   max %5.1f MB\n", wallMedian, median(inside),
                peakMax);
    std::printf("  target  < 1000 ms to the shown window: %s;  < 150 MB peak: %s\n",
                wallMedian < 1000 ? "met" : "MISSED", peakMax < 150 ? "met" : "MISSED");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    int runs = 5;
    QString national;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--dataset") && i + 1 < args.size())
            national = args.at(++i);
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    // The program runs offscreen, with settings and data folders of its own.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR" }) {
        const QString path = dir.filePath(QString::fromLatin1(name).toLower());
        QDir().mkpath(path);
        QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QString::fromLatin1(name), path);
    }

    auto generate = [&](const QStringList &extra, const QString &path) {
        QElapsedTimer timer;
        timer.start();
        QProcess koso;
        koso.setProcessEnvironment(env);
        koso.start(QStringLiteral(KOSO_CLI_PATH),
                   QStringList { QStringLiteral("demo"), QStringLiteral("--out"), path } + extra);
        if (!koso.waitForFinished(300000) || koso.exitCode() != 0) {
            std::fprintf(stderr, "koso demo failed: %s\n", koso.readAllStandardError().constData());
            return -1.0;
        }
        return double(timer.elapsed());
    };

    if (national.isEmpty()) {
        national = dir.filePath(QStringLiteral("national.koso"));
        const double ms = generate({ QStringLiteral("--national") }, national);
        if (ms < 0)
            return 1;
        std::printf("koso demo --national: %.1f s\n", ms / 1000.0);
    }
    const QString demo = dir.filePath(QStringLiteral("demo.koso"));
    if (generate({}, demo) < 0)
        return 1;

    const QStringList environment = env.toStringList();
    if (!measure("National-size dataset", national, runs, environment))
        return 1;
    if (!measure("Demo dataset (サンプル県)", demo, runs, environment))
        return 1;
    return 0;
}
