#include "engine/federation/TrainingPool.h"

namespace fed {

Result<std::unique_ptr<TrainingPool>> TrainingPool::create(int workers, const ModelSettings& model,
                                                           const ModelInput& input) {
    if (workers <= 0)
        workers = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    std::unique_ptr<TrainingPool> pool(new TrainingPool);
    for (int i = 0; i < workers; ++i) {
        auto trainer = Trainer::create(model, input);
        if (!trainer)
            return trainer.takeError();
        pool->m_trainers.push_back(std::move(*trainer));
    }
    // The calling thread evaluates and initialises too: it must obey the same thread rule.
    useOneComputeThread();
    for (int i = 0; i < workers; ++i)
        pool->m_threads.emplace_back(
            [p = pool.get(), i] { p->workerLoop(static_cast<std::size_t>(i)); });
    return pool;
}

TrainingPool::~TrainingPool() {
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_work.notify_all();
    for (auto& t : m_threads)
        t.join();
}

void TrainingPool::run(std::size_t count, const Job& job, const Done& done) {
    if (count == 0)
        return;
    std::unique_lock lock(m_mutex);
    m_job = &job;
    m_next = 0;
    m_count = count;
    m_completed.clear();
    ++m_generation;
    m_work.notify_all();
    std::size_t reported = 0;
    while (reported < count) {
        m_finished.wait(lock, [&] { return !m_completed.empty(); });
        while (!m_completed.empty()) {
            const std::size_t index = m_completed.front();
            m_completed.pop_front();
            ++reported;
            if (done) {
                lock.unlock();
                done(index);
                lock.lock();
            }
        }
    }
    m_job = nullptr;
}

void TrainingPool::workerLoop(std::size_t worker) {
    useOneComputeThread();
    Trainer& trainer = *m_trainers[worker];
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_work.wait(lock, [&] { return m_quit || (m_job && m_next < m_count); });
        if (m_quit)
            return;
        const std::size_t index = m_next++;
        const Job& job = *m_job;
        lock.unlock();
        job(index, trainer);
        lock.lock();
        m_completed.push_back(index);
        m_finished.notify_one();
    }
}

} // namespace fed
