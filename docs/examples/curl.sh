# A query with an API key
curl -s "$PULSEGRAPH_URL/graphql" \
  -H "authorization: Bearer $PULSEGRAPH_KEY" \
  -H 'content-type: application/json' \
  -d '{"query":"{ me { id } }"}'
echo

# Changes as Server-Sent Events, resuming right after the last cursor you saw (Last-Event-ID).
# Each event's `id:` is its cursor. --max-time ends this demo after 2 s; leave it out to follow the stream.
curl -sN --max-time 2 "$PULSEGRAPH_URL/graphql" \
  -H "authorization: Bearer $PULSEGRAPH_KEY" \
  -H 'accept: text/event-stream' \
  -H 'content-type: application/json' \
  -H "last-event-id: $PULSEGRAPH_CURSOR" \
  -d '{"query":"subscription { changes(topics: [PERSONA]) { cursor op entityId } }"}' || test $? -eq 28
