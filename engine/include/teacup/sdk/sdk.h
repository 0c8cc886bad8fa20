// Everything a component author includes.
#pragma once

#include <teacup/sdk/bolt.h>
#include <teacup/sdk/component_args.h>
#include <teacup/sdk/config.h>
#include <teacup/sdk/custom_grouping.h>
#include <teacup/sdk/errors.h>
#include <teacup/sdk/fields.h>
#include <teacup/sdk/output_collector.h>
#include <teacup/sdk/output_fields_declarer.h>
#include <teacup/sdk/plugin.h>
#include <teacup/sdk/random.h>
#include <teacup/sdk/spout.h>
#include <teacup/sdk/spout_output_collector.h>
#include <teacup/sdk/topology_context.h>
#include <teacup/sdk/tuple.h>
#include <teacup/sdk/value.h>
