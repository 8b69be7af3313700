#pragma once
// A fixed pool of training threads, each owning one Trainer (one model instance) and one
// intra-op compute thread. Jobs are handed out in order; results come back to the calling
// thread as they finish, so the coordinator can report progress without locks of its own.

#include "engine/model/Trainer.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace fed {

class TrainingPool {
public:
    //! `workers` <= 0 means one per core.
    static Result<std::unique_ptr<TrainingPool>> create(int workers, const ModelSettings& model,
                                                        const ModelInput& input);
    ~TrainingPool();
    TrainingPool(const TrainingPool&) = delete;
    TrainingPool& operator=(const TrainingPool&) = delete;

    int size() const { return static_cast<int>(m_trainers.size()); }
    //! A trainer for the calling thread's own light work (initial weights, layout); never
    //! used by a worker while run() is not in progress.
    Trainer& trainer() { return *m_trainers.front(); }

    using Job = std::function<void(std::size_t index, Trainer& trainer)>;
    using Done = std::function<void(std::size_t index)>;
    //! Runs job(i) for i in [0, count) on the workers and calls done(i) on the calling thread
    //! as each finishes. Returns when all are done. Not reentrant.
    void run(std::size_t count, const Job& job, const Done& done = {});

private:
    TrainingPool() = default;
    void workerLoop(std::size_t worker);

    std::vector<std::unique_ptr<Trainer>> m_trainers;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_work;
    std::condition_variable m_finished;
    const Job* m_job = nullptr;
    std::size_t m_next = 0;
    std::size_t m_count = 0;
    std::deque<std::size_t> m_completed;
    std::uint64_t m_generation = 0;
    bool m_quit = false;
};

} // namespace fed
