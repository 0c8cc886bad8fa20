// Exceptions that cross between component code and the executor that runs it. They never
// leave the executor: it catches them, reports the component and task, and acts as below.
#pragma once

#include <stdexcept>
#include <string>

namespace teacup {

// Thrown by a collector when a component breaks an emit rule Storm enforces (unknown stream,
// regular emit on a direct stream, emitDirect to a task expecting a regular grouping, wrong
// number of values). The executor reports it and treats it as a crash of the task.
class EmitError : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

// Thrown from BasicBolt::execute to fail the input tuple without reporting an error
// (Storm's FailedException).
class FailedException : public std::runtime_error {
public:
    explicit FailedException(const std::string& what = "failed") : std::runtime_error(what) {}
};

// Like FailedException, but the message is also reported as the component's last error
// (Storm's ReportedFailedException).
class ReportedFailedException : public FailedException {
public:
    using FailedException::FailedException;
};

} // namespace teacup
