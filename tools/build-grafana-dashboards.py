#!/usr/bin/env python3
"""Writes PAR Monitor's Grafana dashboards (grafana/dashboards/*.json).

One place for what every board shares: the datasource, the status colours (one legend everywhere: achieved blue,
on track green, at risk orange, off track red, no data grey), "no data" shown grey, links between the boards.
Run from the repository root: python3 tools/build-grafana-dashboards.py
"""
import json
from pathlib import Path

DATASOURCE = {"type": "prometheus", "uid": "par-prometheus"}
STATUS_COLOURS = {"ACHIEVED": "blue", "ON_TRACK": "green", "AT_RISK": "orange", "OFF_TRACK": "red", "NO_DATA": "text"}
SEVERITY_COLOURS = {"critical": "red", "warning": "orange"}
NO_DATA = "no data"
TAG = "par-monitor"


class Board:
    def __init__(self, uid, title, description):
        self.uid, self.title, self.description = uid, title, description
        self.panels, self.variables, self.next_id, self.y = [], [], 1, 0

    def panel(self, kind, title, description, targets, w, h, x=0, unit=None, options=None, field=None,
              overrides=None, new_row=True, links=None, transformations=None):
        defaults = {"noValue": NO_DATA, "color": {"mode": "fixed", "fixedColor": "text"}}
        if unit:
            defaults["unit"] = unit
        defaults.update(field or {})
        panel = {
            "id": self.next_id, "type": kind, "title": title, "description": description, "datasource": DATASOURCE,
            "gridPos": {"h": h, "w": w, "x": x, "y": self.y},
            "targets": [dict({"refId": chr(65 + i), "datasource": DATASOURCE}, **t) for i, t in enumerate(targets)],
            "fieldConfig": {"defaults": defaults, "overrides": overrides or []},
            "options": options or {},
        }
        if links:
            panel["links"] = links
        if transformations:
            panel["transformations"] = transformations
        self.next_id += 1
        self.panels.append(panel)
        if x + w >= 24 and new_row:
            self.y += h

    def variable(self, name, label, query, default):
        self.variables.append({
            "name": name, "label": label, "type": "query", "datasource": DATASOURCE,
            "query": {"query": query, "refId": "PrometheusVariableQueryEditor-VariableQuery"},
            "refresh": 2, "sort": 1, "includeAll": False, "multi": False,
            "current": {"text": default, "value": default},
        })

    def json(self):
        return {
            "uid": self.uid, "title": self.title, "description": self.description, "tags": [TAG],
            "editable": False, "graphTooltip": 1, "schemaVersion": 39, "version": 1, "refresh": "1m",
            "time": {"from": "now-7d", "to": "now"}, "timezone": "Asia/Ho_Chi_Minh",
            "links": [{"title": "PAR Monitor boards", "type": "dashboards", "tags": [TAG], "asDropdown": False,
                       "icon": "external link", "includeVars": True, "keepTime": True, "targetBlank": False,
                       "tooltip": "The other PAR Monitor boards"}],
            "templating": {"list": self.variables},
            "annotations": {"list": []},
            "panels": self.panels,
        }


def series(expr, legend="", instant=False, fmt="time_series"):
    target = {"expr": expr, "legendFormat": legend, "format": fmt}
    if instant:
        target["instant"] = True
        target["range"] = False
    return target


def by_name(name, colour):
    return {"matcher": {"id": "byName", "options": name},
            "properties": [{"id": "color", "value": {"mode": "fixed", "fixedColor": colour}}]}


STATUS_OVERRIDES = [by_name(s, c) for s, c in STATUS_COLOURS.items()]
SEVERITY_OVERRIDES = [by_name(s, c) for s, c in SEVERITY_COLOURS.items()]
RATIO_THRESHOLDS = {"thresholds": {"mode": "absolute", "steps": [
    {"color": "text", "value": None}, {"color": "red", "value": 0}, {"color": "orange", "value": 0.85},
    {"color": "green", "value": 0.98}]}, "color": {"mode": "thresholds"}}
UNIT_LINK = [{"title": "Open the unit's board", "url": "/d/par-unit/par-monitor-unit?var-unit=${__data.fields.unit}&${__url_time_range}"}]
INDEX_TARGETS = 'and on (target) target:par_target_info:max{kind="UNIT_INDEX", unit="$unit"}'
RANK_TARGETS = 'and on (target) target:par_target_info:max{kind="UNIT_RANK", unit="$unit"}'


def steering_committee():
    b = Board("par-steering-committee", "PAR Monitor — Steering Committee",
              "Where the province stands against its PAR plan: the year-end forecast of index and rank against their "
              "targets and the cut-off, the path to the targets, targets by status, the lagging units worst first, "
              "and where points were lost.")
    b.variable("unit", "Province", 'label_values(target:par_target_info:max{kind="UNIT_INDEX"}, unit)', "20")
    b.panel("stat", "Published index", "The province's latest published PAR index.",
            [series('unit:par_unit_index_ratio:max{family="PROVINCE", unit="$unit"}', instant=True)], 6, 5,
            unit="percentunit", field={"decimals": 2})
    b.panel("stat", "Published rank", "The province's latest published rank among all provinces.",
            [series('unit:par_unit_rank:max{family="PROVINCE", unit="$unit"}', instant=True)], 6, 5, x=6)
    b.panel("stat", "Lagging targets", "Targets at risk or off track, by the agency in charge.",
            [series('sum(unit:par_targets_lagging:count{unit="$unit"}) or vector(0)', instant=True)], 6, 5, x=12)
    b.panel("stat", "Open alerts", "Unresolved lag alerts of the province and its units, by severity.",
            [series('sum by (severity) (unit:par_alerts_open:max) or label_replace(vector(0), "severity", "none", "", "")',
                    "{{severity}}", instant=True)], 6, 5, x=18, overrides=SEVERITY_OVERRIDES)
    b.panel("timeseries", "Index: year-end forecast against the target and the cut-off",
            "The year-end forecast of the index (likely, and its range shaded) against the target line (85%) and the "
            "index the rank target's place needs (the cut-off: the likely index of the province expected in that "
            "place); with this year's index so far (provisional until published) and the latest published one.",
            [series(f'target:par_target_forecast:max{{bound="likely"}} / 100 {INDEX_TARGETS}', "forecast"),
             series(f'target:par_target_forecast:max{{bound="low"}} / 100 {INDEX_TARGETS}', "forecast low"),
             series(f'target:par_target_forecast:max{{bound="high"}} / 100 {INDEX_TARGETS}', "forecast high"),
             series(f'target:par_target_value:max / 100 {INDEX_TARGETS}', "target"),
             series(f'target:par_target_forecast_cutoff:max / 100 {RANK_TARGETS}', "cut-off of the rank target"),
             series(f'target:par_target_actual_ratio:max * target:par_target_value:max / 100 {INDEX_TARGETS}', "index so far"),
             series('unit:par_unit_index_ratio:max{family="PROVINCE", unit="$unit"}', "published")],
            12, 9, unit="percentunit", field={"decimals": 2, "color": {"mode": "palette-classic"}},
            overrides=[{"matcher": {"id": "byName", "options": "forecast high"},
                        "properties": [{"id": "custom.fillBelowTo", "value": "forecast low"},
                                       {"id": "custom.lineWidth", "value": 0},
                                       {"id": "color", "value": {"mode": "fixed", "fixedColor": "#5794F2"}}]},
                       {"matcher": {"id": "byName", "options": "forecast low"},
                        "properties": [{"id": "custom.lineWidth", "value": 0},
                                       {"id": "color", "value": {"mode": "fixed", "fixedColor": "#5794F2"}}]},
                       by_name("forecast", "blue"), by_name("target", "red"),
                       by_name("cut-off of the rank target", "orange")])
    b.panel("timeseries", "Rank: year-end forecast against the target",
            "The forecast rank (likely, best and worst of its range) against the target rank (35: top 35) and the "
            "latest published rank; lower is better.",
            [series(f'target:par_target_forecast:max{{bound="likely"}} {RANK_TARGETS}', "forecast rank"),
             series(f'target:par_target_forecast:max{{bound="low"}} {RANK_TARGETS}', "best forecast rank"),
             series(f'target:par_target_forecast:max{{bound="high"}} {RANK_TARGETS}', "worst forecast rank"),
             series(f'target:par_target_value:max {RANK_TARGETS}', "target rank"),
             series('unit:par_unit_rank:max{family="PROVINCE", unit="$unit"}', "published rank")],
            12, 9, x=12, field={"decimals": 0, "color": {"mode": "palette-classic"}, "custom": {"transform": "negative-Y"}},
            overrides=[{"matcher": {"id": "byName", "options": "worst forecast rank"},
                        "properties": [{"id": "custom.fillBelowTo", "value": "best forecast rank"},
                                       {"id": "custom.lineWidth", "value": 0}]},
                       {"matcher": {"id": "byName", "options": "best forecast rank"},
                        "properties": [{"id": "custom.lineWidth", "value": 0}]},
                       by_name("target rank", "red")])
    b.panel("stat", "Points missing to each target",
            "How many points the likely year-end forecast misses each index, points or rank target by (for a rank: "
            "its cut-off); 0: the forecast reaches it.",
            [series('target:par_target_forecast_missing_points:max{unit="$unit"}', "{{target}}", instant=True)], 12, 5,
            field={"decimals": 2, "color": {"mode": "thresholds"},
                   "thresholds": {"mode": "absolute", "steps": [{"color": "green", "value": None},
                                                                {"color": "orange", "value": 0.005},
                                                                {"color": "red", "value": 2}]}})
    b.panel("stat", "Chance of the target rank",
            "The share of the forecast's simulated draws in which the province reaches its target rank.",
            [series(f'target:par_target_forecast_chance_ratio:max {RANK_TARGETS}', "{{target}}", instant=True)], 12, 5,
            x=12, unit="percentunit", field={"decimals": 0, "color": {"mode": "thresholds"},
                                             "thresholds": {"mode": "absolute", "steps": [
                                                 {"color": "red", "value": None}, {"color": "orange", "value": 0.2},
                                                 {"color": "green", "value": 0.5}]}})
    b.panel("table", "Path to the targets: who must act",
            "For each index, points and rank target of the province, the first steps of the path from the forecast to "
            "the target: the component, what moves it (an indicator to a value, evidence for the appraisal, surveys, "
            "scoring), the agency in charge and the points the step gains, largest first. The whole path, with what "
            "each step takes: GraphQL pathToTarget (README, \"Path to the target\").",
            [series('target:par_target_path_step_gain_points:max{unit="$unit"}', fmt="table", instant=True)], 24, 10,
            field={"decimals": 3},
            options={"sortBy": [{"displayName": "target", "desc": False}]},
            transformations=[{"id": "organize", "options": {
                "excludeByName": {"Time": True, "unit": True},
                "indexByName": {"target": 0, "step": 1, "component": 2, "lever": 3, "indicator": 4, "agency": 5,
                                "owner_agency": 6, "Value": 7},
                "renameByName": {"Value": "gain (points)", "agency": "agency in charge",
                                 "owner_agency": "target owner"}}}])
    b.panel("bargauge", "Targets by status", "All evaluated targets by status at the latest evaluation.",
            [series('count by (status) (target:par_target_status:max == 1)', "{{status}}", instant=True)],
            8, 8, overrides=STATUS_OVERRIDES, options={"orientation": "horizontal", "displayMode": "basic"})
    b.panel("bargauge", "Projected at the deadline",
            "Each target's projected value as a share of the target (1 = reached).",
            [series('sort(target:par_target_projected_ratio:max)', "{{target}}", instant=True)], 16, 8, x=8,
            unit="percentunit", field=RATIO_THRESHOLDS, options={"orientation": "horizontal", "displayMode": "basic"})
    b.panel("table", "Lagging units, worst first",
            "Units with targets at risk or off track, ordered by their worst projected attainment (lowest first).",
            [series('sort(min by (unit, owner_agency) (target:par_target_projected_ratio:max and on (target, unit, owner_agency) '
                    '(max by (target, unit, owner_agency) (target:par_target_status:max{status=~"AT_RISK|OFF_TRACK"}) == 1)))',
                    fmt="table", instant=True)],
            12, 8, unit="percentunit", field=dict(RATIO_THRESHOLDS, links=UNIT_LINK),
            options={"sortBy": [{"displayName": "Value", "desc": False}]},
            transformations=[{"id": "organize", "options": {"excludeByName": {"Time": True},
                                                            "renameByName": {"Value": "worst projected attainment",
                                                                             "unit": "unit", "owner_agency": "agency in charge"}}}])
    b.panel("bargauge", "Points lost by field",
            "Points lost (maximum − achieved) in the latest published year, by field of the criteria tree.",
            [series('max by (field) (par_unit_lost_points{family="PROVINCE", unit="$unit"})', "field {{field}}", instant=True)],
            6, 8, x=12, unit="none", field={"decimals": 2}, options={"orientation": "horizontal", "displayMode": "basic"})
    b.panel("bargauge", "Points lost by agency",
            "Points lost in the latest published year, by the lead agency in charge of each component.",
            [series('max by (agency) (par_unit_lost_by_agency_points{family="PROVINCE", unit="$unit"})', "{{agency}}", instant=True)],
            6, 8, x=18, unit="none", field={"decimals": 2}, options={"orientation": "horizontal", "displayMode": "basic"})
    return b


def unit_board():
    b = Board("par-unit", "PAR Monitor — Unit",
              "One unit's targets: actual against expected against projected over time, status, data age, alerts.")
    b.variable("unit", "Unit", "label_values(target:par_target_info:max, unit)", "20")
    b.variable("target", "Target", 'label_values(target:par_target_info:max{unit="$unit"}, target)',
               "LS-2023-ONLINE-DOSSIERS")
    b.panel("stat", "Status", "The target's status at the latest evaluation.",
            [series('max by (status) (target:par_target_status:max{target="$target"}) == 1', "{{status}}", instant=True)],
            8, 5, overrides=STATUS_OVERRIDES, options={"textMode": "name", "colorMode": "background"})
    b.panel("stat", "Data age", "How old the data behind the latest evaluation is.",
            [series('target:par_target_data_age_seconds:max{target="$target"}', instant=True)], 8, 5, x=8, unit="s")
    b.panel("stat", "Target value", "The value to reach (index %, rank, points or indicator value).",
            [series('target:par_target_value:max{target="$target"}', instant=True)], 8, 5, x=16)
    b.panel("timeseries", "Actual, expected and projected",
            "As shares of the target (1 = target reached): the actual value, the value expected by now on the "
            "straight path from the baseline, and the value projected at the deadline.",
            [series('target:par_target_actual_ratio:max{target="$target"}', "actual"),
             series('target:par_target_expected_ratio:max{target="$target"}', "expected by now"),
             series('target:par_target_projected_ratio:max{target="$target"}', "projected at the deadline")],
            24, 9, unit="percentunit", field={"color": {"mode": "palette-classic"}})
    b.panel("state-timeline", "Alert history", "The unit's PAR alerts firing in Prometheus over time.",
            [series('max by (alertname, target) (ALERTS{unit="$unit", alertstate="firing"})', "{{alertname}} {{target}}")],
            12, 8, field={"color": {"mode": "fixed", "fixedColor": "red"}})
    b.panel("bargauge", "Open alerts by agency", "Unresolved alerts about the unit, by the agency in charge and severity.",
            [series('sum by (owner_agency, severity) (unit:par_alerts_open:max{unit="$unit"})', "{{owner_agency}} {{severity}}",
                    instant=True)], 12, 8, x=12, options={"orientation": "horizontal", "displayMode": "basic"})
    b.panel("table", "All targets of the unit", "Each target's status and attainment at the latest evaluation.",
            [series('target:par_target_actual_ratio:max{unit="$unit"}', fmt="table", instant=True)], 24, 8,
            unit="percentunit", field=RATIO_THRESHOLDS,
            transformations=[{"id": "organize", "options": {"excludeByName": {"Time": True},
                                                            "renameByName": {"Value": "actual (share of target)"}}}])
    return b


def operations():
    b = Board("par-operations", "PAR Monitor — Operations",
              "The machinery: the evaluation job, notification delivery, and the GraphQL API's traffic, errors and "
              "latency.")
    b.panel("stat", "Since the last successful evaluation", "Alerting threshold: 3 hours.",
            [series('time() - job:par_evaluation_last_success_timestamp_seconds:max', instant=True)], 6, 5, unit="s")
    b.panel("timeseries", "Evaluation duration", "Mean time of an evaluation of all active targets.",
            [series('sum(rate(par_evaluation_duration_seconds_sum[$__rate_interval])) / sum(rate(par_evaluation_duration_seconds_count[$__rate_interval]))',
                    "mean duration")], 9, 5, x=6, unit="s")
    b.panel("timeseries", "Evaluation runs", "Runs per hour by result, all replicas; abandoned: runs a replica left "
            "RUNNING when it died, found by another run or by its own restart.",
            [series('sum by (result) (increase(par_evaluation_runs_total[1h]))', "{{result}}")], 9, 5, x=15)
    b.panel("timeseries", "Notifications delivered and failed", "Per second, by channel.",
            [series('sum by (channel) (rate(par_notifications_delivered_total[$__rate_interval]))', "delivered {{channel}}"),
             series('sum by (channel) (rate(par_notifications_failed_total[$__rate_interval]))', "failed {{channel}}")],
            9, 8, unit="ops")
    b.panel("timeseries", "Outbox", "Notifications waiting, and how long the oldest has waited.",
            [series('max by (channel) (par_notifications_pending)', "pending {{channel}}"),
             series('max(par_notifications_oldest_pending_age_seconds)', "oldest wait (s)")], 9, 8, x=9)
    b.panel("stat", "Alert events sent to no one (24 h)",
            "Events of units without contacts, nor any unit above them: the units are not told. Alert: "
            "ParAlertsUnroutable; the server log names the units.",
            [series('sum(increase(par_notifications_unroutable_total[24h])) or vector(0)', instant=True)], 6, 8, x=18,
            field={"decimals": 0, "color": {"mode": "thresholds"},
                   "thresholds": {"mode": "absolute", "steps": [{"color": "green", "value": None},
                                                                {"color": "orange", "value": 1}]}})
    b.panel("timeseries", "GraphQL requests", "Requests per second by outcome.",
            [series('sum by (graphql_outcome) (rate(graphql_request_seconds_count[$__rate_interval]))', "{{graphql_outcome}}")],
            8, 8, unit="reqps")
    b.panel("timeseries", "GraphQL errors", "Requests per second that did not succeed (request or field errors).",
            [series('sum(rate(graphql_request_seconds_count{graphql_outcome!="SUCCESS"}[$__rate_interval])) or vector(0)',
                    "errors")], 8, 8, x=8, unit="reqps")
    b.panel("timeseries", "GraphQL latency", "95th percentile and mean request time.",
            [series('histogram_quantile(0.95, sum by (le) (rate(graphql_request_seconds_bucket[$__rate_interval])))', "p95"),
             series('sum(rate(graphql_request_seconds_sum[$__rate_interval])) / sum(rate(graphql_request_seconds_count[$__rate_interval]))',
                    "mean")], 8, 8, x=16, unit="s")
    b.panel("timeseries", "Requests refused",
            "GraphQL requests refused or cut short per second, by reason (par_graphql_refusals_total): over a client's "
            "rate or concurrency, over the query budget, too large, malformed, timed out. README, \"Limits\".",
            [series('sum by (reason) (rate(par_graphql_refusals_total[$__rate_interval]))', "{{reason}}")], 24, 8,
            unit="reqps", options={"legend": {"displayMode": "table", "placement": "right", "calcs": ["max"]}})
    return b


out = Path("grafana/dashboards")
for board in (steering_committee(), unit_board(), operations()):
    (out / f"{board.uid}.json").write_text(json.dumps(board.json(), ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")
    print("wrote", out / f"{board.uid}.json")
