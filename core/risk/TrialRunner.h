#pragma once

#include <cstddef>
#include <functional>

namespace suanpan {

/**
 * \brief Runs numbered tasks on several threads, with progress and cancellation on the calling thread.
 *
 * Tasks are handed out in small chunks from a shared counter (trials: 8, small enough that a stop request is
 * seen within a few trials, large enough that the counter is not contended), so fast and slow trials balance across
 * threads. Which thread runs a task never matters to the result: each task writes only its own slot, and
 * results are merged in task order afterwards. The calling thread only waits and reports progress.
 */
class TrialRunner {
public:
    /// task(index, worker): worker in [0, workers) names the thread's private scratch.
    using Task = std::function<void(std::size_t index, std::size_t worker)>;
    /// progress(done) about every 50 ms on the calling thread; return false to stop.
    using Progress = std::function<bool(std::size_t done)>;

    /// Threads for a request: `requested` if positive, else every core.
    static std::size_t threadCount(int requested);

    /// Runs task for every index in [0, count), handed out `chunk` at a time (1 for a few long tasks of uneven
    /// length); false when progress asked to stop (some tasks did not run). An exception thrown by a task stops
    /// the run and is rethrown here.
    static bool run(std::size_t count, std::size_t workers, const Task& task, const Progress& progress,
                    std::size_t chunk = 8);
};

} // namespace suanpan
