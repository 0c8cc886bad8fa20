// The stateless and nearly stateless groupings: fields, global, all, none, and the no-op used
// for direct streams (Storm's GrouperFactory). Shuffle, partial key and custom have files of their own.
#pragma once

#include <cstdint>
#include <vector>

#include <teacup/sdk/random.h>

#include "grouping/grouper.h"

namespace teacup::grouping {

// Fields grouping: targets[floorMod(Arrays.deepHashCode(key), n)] where the key is the values at
// `keyIndexes`, in the grouping's field order. Hashes in place; no allocation per tuple.
class FieldsGrouper final : public Grouper {
public:
    FieldsGrouper(std::vector<int> targets, std::vector<int> keyIndexes);
    void chooseTasks(int sourceTask, const teacup::Values& values, std::vector<int>& out) override;
    // The key hash chooseTasks uses (exposed for tests and the trace).
    std::int32_t keyHash(const teacup::Values& values) const;

private:
    std::vector<int> m_targets;
    std::vector<int> m_keyIndexes;
};

// Global grouping: always the lowest target task id.
class GlobalGrouper final : public Grouper {
public:
    explicit GlobalGrouper(const std::vector<int>& targets);
    void chooseTasks(int sourceTask, const teacup::Values& values, std::vector<int>& out) override;

private:
    bool m_hasTarget = false;
    int m_lowest = 0;
};

// All grouping: every target, ascending.
class AllGrouper final : public Grouper {
public:
    explicit AllGrouper(std::vector<int> targets) : m_targets(std::move(targets)) {}
    void chooseTasks(int sourceTask, const teacup::Values& values, std::vector<int>& out) override;

private:
    std::vector<int> m_targets;
};

// None grouping: one uniformly random target per tuple (Storm draws Random.nextInt(n); Teacup
// draws from teacup::Random seeded by the run, so runs repeat but the choices differ from a JVM's).
class NoneGrouper final : public Grouper {
public:
    NoneGrouper(std::vector<int> targets, std::uint64_t seed) : m_targets(std::move(targets)), m_random(seed) {}
    void chooseTasks(int sourceTask, const teacup::Values& values, std::vector<int>& out) override;

private:
    std::vector<int> m_targets;
    teacup::Random m_random;
};

// Chooses nothing: direct groupings (emitDirect names the task itself) and custom groupings
// built without a user object.
class EmptyGrouper final : public Grouper {
public:
    void chooseTasks(int, const teacup::Values&, std::vector<int>&) override {}
};

} // namespace teacup::grouping
