#pragma once
// Time sources: wall time for rounds, and the calling thread's CPU time, which is what
// local training actually cost (the energy model's measured input where RAPL is absent).

#include <cstdint>

namespace fed {

//! CPU seconds consumed by the calling thread (CLOCK_THREAD_CPUTIME_ID).
double threadCpuSeconds();
//! CPU seconds consumed by the whole process (CLOCK_PROCESS_CPUTIME_ID).
double processCpuSeconds();
//! Monotonic seconds, for durations.
double monotonicSeconds();
//! Unix epoch milliseconds, for timestamps that are stored.
std::int64_t epochMilliseconds();

} // namespace fed
