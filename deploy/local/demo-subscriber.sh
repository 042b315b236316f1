# Sourced by ./run-local: creates the demo subscriber (an email address and the local Slack webhook) through the
# notifier's admin API, once per data folder. Guarded: when the notifier does not offer that API, it says so and
# the stack runs without a demo subscriber. Sets DEMO_RESULT to one line saying what happened.

demo_subscriber() {
  DEMO_RESULT=""
  local base="http://127.0.0.1:$NOTIFIER_PORT" auth="Authorization: Bearer $NOTIFIER_ADMIN_TOKEN"
  if ! command -v curl >/dev/null; then
    DEMO_RESULT="curl is not installed, so the demo subscriber was not created"; return 1
  fi
  local status
  status=$(curl -s -o "$DATA/demo-subscriptions.json" -w '%{http_code}' --max-time 5 -H "$auth" "$base/admin/subscriptions" || true)
  if [ "$status" != 200 ]; then
    DEMO_RESULT="the notifier has no admin subscription API here (GET /admin/subscriptions answered ${status:-nothing})"; return 1
  fi
  if grep -q "$DEMO_EMAIL" "$DATA/demo-subscriptions.json"; then
    DEMO_RESULT="$DEMO_EMAIL and $DEMO_SLACK (already subscribed)"; return 0
  fi
  local channel target body
  for channel in email slack; do
    if [ "$channel" = email ]; then target=$DEMO_EMAIL; else target=$DEMO_SLACK; fi
    body=$(printf '{"name":"Demo: every NHS clinical insourcing and outsourcing notice","channel":"%s","address":"%s","cadence":"instant","confirmed":true,"filter":{"categories":["clinical_insourcing","clinical_outsourcing","nonclinical_outsourcing"]}}' "$channel" "$target")
    status=$(curl -s -o "$LOGS/demo-subscriber.log" -w '%{http_code}' --max-time 10 -H "$auth" \
      -H 'Content-Type: application/json' -d "$body" "$base/admin/subscriptions" || true)
    case "$status" in
      2??) ;;
      *) DEMO_RESULT="creating the $channel subscription failed (HTTP ${status:-none}; answer in $LOGS/demo-subscriber.log)"; return 1 ;;
    esac
  done
  DEMO_RESULT="$DEMO_EMAIL and $DEMO_SLACK, for every clinical/non-clinical outsourcing and insourcing notice"
}
