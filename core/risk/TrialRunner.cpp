#include "TrialRunner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace suanpan {

namespace {

constexpr auto kProgressInterval = std::chrono::milliseconds(50);

} // namespace

std::size_t TrialRunner::threadCount(int requested)
{
    if (requested > 0) {
        return static_cast<std::size_t>(requested);
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

bool TrialRunner::run(std::size_t count, std::size_t workers, const Task& task, const Progress& progress,
                      std::size_t chunk)
{
    workers = std::clamp<std::size_t>(workers, 1, std::max<std::size_t>(1, count));
    chunk = std::max<std::size_t>(1, chunk);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    std::exception_ptr failure;
    std::mutex mutex;
    std::condition_variable finished;
    std::size_t running = workers;

    auto work = [&](std::size_t worker) {
        try {
            while (!stop.load(std::memory_order_relaxed)) {
                const std::size_t first = next.fetch_add(chunk, std::memory_order_relaxed);
                if (first >= count) {
                    break;
                }
                const std::size_t last = std::min(count, first + chunk);
                for (std::size_t i = first; i < last && !stop.load(std::memory_order_relaxed); ++i) {
                    task(i, worker);
                    done.fetch_add(1, std::memory_order_relaxed);
                }
            }
        } catch (...) {
            const std::lock_guard lock(mutex);
            if (!failure) {
                failure = std::current_exception();
            }
            stop = true;
        }
        const std::lock_guard lock(mutex);
        --running;
        finished.notify_one();
    };

    std::vector<std::thread> threads;
    threads.reserve(workers);
    for (std::size_t w = 0; w < workers; ++w) {
        threads.emplace_back(work, w);
    }
    bool cancelled = false;
    {
        std::unique_lock lock(mutex);
        while (running > 0) {
            finished.wait_for(lock, kProgressInterval);
            if (running == 0 || !progress || cancelled) {
                continue;
            }
            lock.unlock(); // the callback may take its time; workers must still be able to finish
            cancelled = !progress(done.load(std::memory_order_relaxed));
            lock.lock();
            if (cancelled) {
                stop = true;
            }
        }
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    return !cancelled;
}

} // namespace suanpan
