#include "engine/core/Clock.h"

#include <chrono>
#include <ctime>

namespace fed {
namespace {
double clockSeconds(clockid_t id) {
    timespec ts{};
    if (clock_gettime(id, &ts) != 0)
        return 0.0;
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
} // namespace

double threadCpuSeconds() {
    return clockSeconds(CLOCK_THREAD_CPUTIME_ID);
}
double processCpuSeconds() {
    return clockSeconds(CLOCK_PROCESS_CPUTIME_ID);
}
double monotonicSeconds() {
    return clockSeconds(CLOCK_MONOTONIC);
}

std::int64_t epochMilliseconds() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace fed
