// The example pack's entry points: registers teacup.example.Countdown and
// teacup.example.Doubler. TEACUP_PLUGIN also exports the SDK version the loader checks.
#include <teacup/sdk/plugin.h>

#include "countdown_spout.h"
#include "doubler_bolt.h"

TEACUP_PLUGIN("example", registrar) {
    registrar.registerSpout(
        "teacup.example.Countdown", example::makeCountdownSpout,
        {"Emits N, N-1, ..., 1 with message ids, then is exhausted", "constructorArgs [N]", "default: [n]"});
    registrar.registerBasicBolt("teacup.example.Doubler", example::makeDoublerBolt,
                                {"Emits each input number and its double", "none", "default: [n, doubled]"});
}
