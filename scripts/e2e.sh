#!/usr/bin/env bash
# End-to-end check of the monitoring chain, all on 127.0.0.1: PAR Monitor (demo data, 2023 replayed), Prometheus
# with the project's rules, Alertmanager with the project's routing, and a webhook receiver standing in for the units.
# It triggers an evaluation and asserts that the demo's lagging units are alerted in Prometheus, in Alertmanager and
# at their receivers, that Văn Quan is reminded of its overdue self-assessment through PAR Monitor's own outbox (and
# the Steering Committee alerted), and that every dashboard panel query returns data. Everything it starts is stopped on exit.
#
# Needs: the packaged jar (mvn package), java, prometheus, prometheus-alertmanager, curl, jq, python3.
# The rules' for: durations are shortened to seconds here, so that alerts fire within the test; their real timings
# are checked by promtool (prometheus/tests).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

say() { printf '[e2e] %s\n' "$*"; }
fail() {
  say "FAILED: $*"
  for log in "$work"/*.log; do echo "--- $log (last lines)"; tail -n 30 "$log"; done
  exit 1
}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
# wait_for <seconds> <description> <command...>: retries the command every 2 s
wait_for() {
  local seconds=$1 what=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || fail "timed out after ${seconds}s waiting for $what"
    sleep 2
  done
  say "ok: $what"
}

jar=$(ls target/par-monitor-*.jar 2>/dev/null | grep -v plain | head -n 1)
[ -n "$jar" ] || fail "no jar in target/: run mvn package first"
app=$(free_port); prom=$(free_port); am=$(free_port); receiver=$(free_port)
token="e2e-admin-token-$(date +%s)-$RANDOM"

say "webhook receiver on 127.0.0.1:$receiver"
: > "$work/received.jsonl"
python3 scripts/e2e_receiver.py "$receiver" "$work/received.jsonl" > "$work/receiver.log" 2>&1 &
pids+=($!)

say "PAR Monitor on 127.0.0.1:$app"
java -jar "$jar" --spring.profiles.active=demo --server.address=127.0.0.1 --server.port="$app" \
  --par.embedded-store.backend=memory --par.metrics.refresh-interval=PT5S --par.notifications.webhook-allowed-hosts=127.0.0.1 "--par.reminders.cron=*/5 * * * * ?" \
  "--par.security.tokens[0].name=e2e" "--par.security.tokens[0].token=$token" "--par.security.tokens[0].role=ADMIN" \
  > "$work/server.log" 2>&1 &
pids+=($!)
wait_for 120 "PAR Monitor ready" sh -c "curl -fsS http://127.0.0.1:$app/actuator/health/readiness | grep -q UP"

say "Alertmanager on 127.0.0.1:$am"
sed -e "s#http://par-receivers.invalid#http://127.0.0.1:$receiver#" \
    -e "s/group_wait: 30s/group_wait: 1s/" -e "s/group_interval: 10m/group_interval: 2s/" \
    alertmanager/alertmanager.yml > "$work/alertmanager.yml"
prometheus-alertmanager --config.file="$work/alertmanager.yml" --storage.path="$work/alertmanager-data" \
  --web.listen-address="127.0.0.1:$am" --cluster.listen-address= > "$work/alertmanager.log" 2>&1 &
pids+=($!)
wait_for 60 "Alertmanager ready" curl -fsS "http://127.0.0.1:$am/-/ready"

say "Prometheus on 127.0.0.1:$prom"
mkdir -p "$work/prometheus/rules"
for rules in prometheus/rules/*.rules.yml; do
  sed -E 's/for: [0-9]+[smhd]+/for: 10s/' "$rules" > "$work/prometheus/rules/$(basename "$rules")"
done
cat > "$work/prometheus/prometheus.yml" <<YAML
global:
  scrape_interval: 2s
  evaluation_interval: 2s
rule_files:
  - rules/par-recording.rules.yml
  - rules/par-alerts.rules.yml
alerting:
  alertmanagers:
    - static_configs:
        - targets: ["127.0.0.1:$am"]
scrape_configs:
  - job_name: par-monitor
    metrics_path: /actuator/prometheus
    static_configs:
      - targets: ["127.0.0.1:$app"]
YAML
promtool check config "$work/prometheus/prometheus.yml" > /dev/null || fail "the e2e Prometheus configuration is invalid"
prometheus --config.file="$work/prometheus/prometheus.yml" --storage.tsdb.path="$work/prometheus-data" \
  --web.listen-address="127.0.0.1:$prom" > "$work/prometheus.log" 2>&1 &
pids+=($!)
wait_for 60 "Prometheus ready" curl -fsS "http://127.0.0.1:$prom/-/ready"
wait_for 60 "Prometheus scrapes PAR Monitor" sh -c \
  "curl -fsS 'http://127.0.0.1:$prom/api/v1/query?query=up%7Bjob%3D%22par-monitor%22%7D' | jq -e '.data.result[0].value[1] == \"1\"'"

graphql() { curl -fsS "http://127.0.0.1:$app/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $token" --data "$1"; }
say "triggering an evaluation"
run=$(graphql '{"query":"mutation { evaluateTargets { run { key statusCounts { status count } } userErrors { message } } }"}')
echo "$run" | jq -e '.data.evaluateTargets.run.key' > /dev/null || fail "evaluateTargets answered $run"
say "run: $(echo "$run" | jq -c '.data.evaluateTargets.run.statusCounts')"
graphql '{"query":"{ alerts(filter: { unitCode: \"20\" }) { totalCount } }"}' | jq -e '.data.alerts.totalCount >= 5' > /dev/null \
  || fail "the demo's lag alerts are missing in GraphQL"

say "Văn Quan's contacts gain a webhook to the receiver (its self-assessment, due 6 November 2023, is overdue)"
contacts=$(graphql "{\"query\":\"mutation { setUnitContacts(input: { unitCode: \\\"184\\\", emails: [\\\"ubnd-van-quan@langson.par-monitor.invalid\\\"], webhookUrl: \\\"http://127.0.0.1:$receiver/par/184\\\" }) { userErrors { message } } }\"}")
echo "$contacts" | jq -e '.data.setUnitContacts.userErrors == []' > /dev/null || fail "setUnitContacts answered $contacts"
reminded() { # PAR Monitor's own reminder, through its outbox, at the unit's webhook
  jq -se '[.[] | select(.path == "/par/184" and .body.kind == "SELF_ASSESSMENT_OVERDUE"
    and .body.methodologyCode == "LS-DISTRICT-2023")] | length == 1' "$work/received.jsonl"
}
wait_for 60 "Văn Quan was reminded once of its overdue self-assessment, through the outbox" reminded

firing() { # firing <alertname> <target> in Prometheus
  curl -fsS "http://127.0.0.1:$prom/api/v1/alerts" | jq -e --arg a "$1" --arg t "$2" \
    '[.data.alerts[] | select(.labels.alertname == $a and .labels.target == $t and .state == "firing")] | length == 1'
}
wait_for 90 "Prometheus fires ParTargetOffTrack for Lạng Sơn's online dossiers" firing ParTargetOffTrack LS-2023-ONLINE-DOSSIERS
wait_for 60 "Prometheus fires ParTargetAtRisk for Văn Quan's rank" firing ParTargetAtRisk LS-2023-VAN-QUAN-RANK
curl -fsS "http://127.0.0.1:$prom/api/v1/alerts" | jq -e '[.data.alerts[] | select(.labels.alertname == "ParTargetOffTrack"
  and .labels.target == "LS-2023-ONLINE-DOSSIERS")][0] | .labels.unit == "20" and .labels.owner_agency == "20-TTPVHCC"
  and .labels.severity == "critical" and (.annotations.description | contains("93.58%"))' > /dev/null \
  || fail "ParTargetOffTrack lacks its routing labels or numbers"
wait_for 60 "Prometheus fires ParIndexForecastBelowTarget for Lạng Sơn's 85% index" firing ParIndexForecastBelowTarget LS-2023-INDEX
wait_for 60 "Prometheus fires ParRankForecastOutsideTarget for Lạng Sơn's top 35" firing ParRankForecastOutsideTarget LS-2023-RANK
curl -fsS "http://127.0.0.1:$prom/api/v1/alerts" | jq -e '[.data.alerts[] | select(.labels.alertname == "ParRankForecastOutsideTarget"
  and .labels.target == "LS-2023-RANK")][0] | .labels.severity == "warning" and .labels.owner_agency == "20-SNV"
  and (.annotations.description | contains("needs an index of about 84.94%"))
  and (.annotations.description | contains("a 9% chance"))' > /dev/null \
  || fail "ParRankForecastOutsideTarget lacks its severity, routing labels, cut-off or chance"

overdue_firing() {
  curl -fsS "http://127.0.0.1:$prom/api/v1/alerts" | jq -e '[.data.alerts[] | select(.labels.alertname == "ParSelfAssessmentOverdue"
    and .labels.methodology == "LS-DISTRICT-2023" and .state == "firing"
    and (.annotations.description | contains("units have not submitted their 2023 self-assessment")))] | length == 1'
}
wait_for 60 "Prometheus fires ParSelfAssessmentOverdue for Lạng Sơn's districts" overdue_firing

in_alertmanager() { # in_alertmanager <alertname> <target>
  curl -fsS "http://127.0.0.1:$am/api/v2/alerts" | jq -e --arg a "$1" --arg t "$2" \
    '[.[] | select(.labels.alertname == $a and .labels.target == $t and .status.state == "active")] | length == 1'
}
wait_for 60 "Alertmanager holds ParTargetOffTrack for Lạng Sơn's online dossiers" in_alertmanager ParTargetOffTrack LS-2023-ONLINE-DOSSIERS
wait_for 60 "Alertmanager holds ParTargetAtRisk for Văn Quan's rank" in_alertmanager ParTargetAtRisk LS-2023-VAN-QUAN-RANK

delivered() { # delivered <receiver path> <alertname> <target>
  jq -se --arg p "$1" --arg a "$2" --arg t "$3" \
    '[.[] | select(.path == $p) | .body.alerts[] | select(.labels.alertname == $a and .labels.target == $t)] | length >= 1' \
    "$work/received.jsonl"
}
wait_for 60 "the service centre in charge received the online-dossier alert" delivered /agencies/20-TTPVHCC ParTargetOffTrack LS-2023-ONLINE-DOSSIERS
wait_for 30 "Lạng Sơn's receiver received it" delivered /units/20 ParTargetOffTrack LS-2023-ONLINE-DOSSIERS
wait_for 30 "the Steering Committee received it (critical)" delivered /steering-committee ParTargetOffTrack LS-2023-ONLINE-DOSSIERS
wait_for 60 "the home affairs department in charge received the top-35 forecast alert (a warning: the range still reaches it)" delivered /agencies/20-SNV ParRankForecastOutsideTarget LS-2023-RANK
wait_for 30 "the Steering Committee received the index forecast alert (critical)" delivered /steering-committee ParIndexForecastBelowTarget LS-2023-INDEX
wait_for 30 "Văn Quan's receiver received its rank alert" delivered /units/184 ParTargetAtRisk LS-2023-VAN-QUAN-RANK
overdue_delivered() {
  jq -se '[.[] | select(.path == "/steering-committee") | .body.alerts[]
    | select(.labels.alertname == "ParSelfAssessmentOverdue")] | length >= 1' "$work/received.jsonl"
}
wait_for 60 "the Steering Committee received ParSelfAssessmentOverdue" overdue_delivered
# By now the reminder job (every 5 s here) has run many times: still one reminder.
reminded > /dev/null || fail "Văn Quan was reminded more than once: $(grep -c '/par/184' "$work/received.jsonl") deliveries"
say "ok: still one reminder to Văn Quan"
if jq -se '[.[] | select(.path == "/units/184") | .body.alerts[] | select(.labels.unit != "184")] | length > 0' \
    "$work/received.jsonl" > /dev/null; then
  fail "Văn Quan's receiver got another unit's alert"
fi

say "GraphQL traffic for the operations board"
for _ in 1 2 3; do graphql '{"query":"{ unit(code: \"20\") { name } }"}' > /dev/null; done
sleep 5

say "every dashboard panel query returns data"
failures=0
while IFS= read -r expr; do
  query=$(printf '%s' "$expr" | sed -e 's/\$__rate_interval/1m/g' -e 's/\$unit/20/g' -e 's/\$target/LS-2023-ONLINE-DOSSIERS/g')
  answer=$(curl -fsS -G "http://127.0.0.1:$prom/api/v1/query" --data-urlencode "query=$query") || answer='{}'
  if echo "$answer" | jq -e '.status == "success" and (.data.result | length) > 0' > /dev/null; then
    say "  data: $query"
  else
    say "  NO DATA: $query -> $answer"
    failures=$((failures + 1))
  fi
done < <(jq -r '.panels[].targets[].expr' grafana/dashboards/*.json)
[ "$failures" -eq 0 ] || fail "$failures dashboard queries returned no data"

say "PASSED: lag alerts fired in Prometheus, reached Alertmanager and the units' receivers; every dashboard query has data"
