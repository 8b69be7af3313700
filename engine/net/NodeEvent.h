#pragma once
// What the coordinator tells its owner about one node as it happens (joins, leaves, dropouts,
// refusals, updates), as a value: the Launch tab and other watchers follow nodes from these,
// never from the wording of the coordinator's log.

#include <QString>

namespace fed::net {

struct NodeEvent {
    enum class Kind {
        Joined,         //!< the node's first session
        Rejoined,       //!< a new session after an earlier one (reconnect, restart, resume)
        Left,           //!< it said goodbye (Leave)
        Dropped,        //!< its session ended without one: no heartbeat, revoked
        Refused,        //!< a call of this node was refused (certificate, version, key)
        UpdateAccepted, //!< its update for the open round arrived intact
        UpdateRejected, //!< its update was malformed, unverifiable, late or for another round
    };
    //! The node's index in the kit (node-NNN); -1 for a peer the coordinator could not tie to
    //! a node (no certificate of this federation).
    int node = -1;
    Kind kind = Kind::Joined;
    //! What the log line says beside it: the peer address, the reason, the round.
    QString detail;
};

} // namespace fed::net
