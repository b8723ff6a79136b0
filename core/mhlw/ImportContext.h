#pragma once

#include "model/BedFunction.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Koso {

class Dataset;
class FigureStore;
class GeographyStore;
class HospitalStore;
class FigureChangeTracker;
struct ImportSummary;
struct FileImportSummary;

// What an importer's write step works with: the dataset and its stores (inside the import's
// one transaction), the edition, and where to report.
struct ImportContext
{
    Dataset *dataset = nullptr;
    FigureStore *figures = nullptr;
    GeographyStore *geography = nullptr;
    HospitalStore *hospitals = nullptr;
    BedFunctionList functions;
    int editionId = 0;
    QString editionLabel;
    int fiscalYear = 0;
    FigureChangeTracker *regionChanges = nullptr;
    FigureChangeTracker *prefectureChanges = nullptr;
    ImportSummary *summary = nullptr;
    FileImportSummary *file = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    // Fraction (0–1) of this file's writing done.
    std::function<void(double)> progress;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

} // namespace Koso
