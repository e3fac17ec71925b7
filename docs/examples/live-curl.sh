# A live query as Server-Sent Events: each `next` event is the whole answer, its `id:` the cursor.
# To resume after a disconnect, send the last id back as Last-Event-ID (nothing comes while the
# answer is unchanged). --max-time ends this demo after 3 s; leave it out to follow the answer.
curl -sN --max-time 3 "$PULSEGRAPH_URL/graphql" \
  -H "authorization: Bearer $PULSEGRAPH_KEY" \
  -H 'accept: text/event-stream' \
  -H 'content-type: application/json' \
  ${PULSEGRAPH_LAST_EVENT_ID:+-H "last-event-id: $PULSEGRAPH_LAST_EVENT_ID"} \
  -d '{"query":"query Personas @live { personas(first: 100) { edges { node { id name } } } }"}' || test $? -eq 28
