#pragma once
// OpenSSL reports failures on a thread-local error queue; every caller that turns one into a
// message for the user goes through here, so the wording is the same everywhere.

#include <QString>

namespace fed {

//! Takes the oldest error off this thread's OpenSSL queue, clears the rest, and returns it as
//! OpenSSL words it ("unknown OpenSSL error" when the queue is empty).
QString opensslError();

} // namespace fed
