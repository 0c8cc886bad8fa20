// How a component declares its output streams (Storm's OutputFieldsDeclarer).
#pragma once

#include <string>

#include <teacup/sdk/fields.h>

namespace teacup {

inline const std::string kDefaultStream = "default";

// Implemented by the runtime. Declaring a stream id twice, a stream id starting with `__`,
// or fields with a duplicate name is recorded and reported as a validation error naming the
// component; the later declaration is ignored.
class OutputFieldsDeclarer {
public:
    virtual ~OutputFieldsDeclarer() = default;
    virtual void declareStream(const std::string& streamId, bool direct, Fields fields) = 0;

    void declare(Fields fields) { declareStream(kDefaultStream, false, std::move(fields)); }
    void declare(bool direct, Fields fields) { declareStream(kDefaultStream, direct, std::move(fields)); }
    void declareStream(const std::string& streamId, Fields fields) {
        declareStream(streamId, false, std::move(fields));
    }
};

} // namespace teacup
