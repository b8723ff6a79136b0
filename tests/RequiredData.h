#pragma once

// Inputs a test needs that a machine may lack: MHLW's real workbooks, the reference tables, the
// poppler tools that read PDFs back. Without them a suite skips on a developer's machine (ctest
// then reports it as skipped, not passed); under KOSO_REQUIRE_REAL_DATA=1, which CI sets, it
// fails instead, so a missing input can never pass for a tested one.

#include <QDir>
#include <QString>
#include <QTest>

namespace KosoTest {

inline bool realDataRequired()
{
    return qEnvironmentVariableIntValue("KOSO_REQUIRE_REAL_DATA") == 1;
}

// The folders given to CMake, unless the environment names others (the strictness test points
// them at a folder that does not exist).
inline QString mhlwDataDir()
{
    const QString env = qEnvironmentVariable("KOSO_MHLW_DATA_DIR");
    return env.isEmpty() ? QStringLiteral(KOSO_MHLW_DATA_DIR) : env;
}

inline QString referenceDataDir()
{
    const QString env = qEnvironmentVariable("KOSO_REFERENCE_DATA_DIR");
    return env.isEmpty() ? QStringLiteral(KOSO_REFERENCE_DATA_DIR) : env;
}

} // namespace KosoTest

// Skips (or, under KOSO_REQUIRE_REAL_DATA=1, fails) the current test when condition is false.
#define KOSO_REQUIRE(condition, message) \
    do { \
        if (!(condition)) { \
            if (KosoTest::realDataRequired()) \
                QFAIL(message); \
            QSKIP(message); \
        } \
    } while (false)
