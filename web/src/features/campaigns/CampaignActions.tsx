import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { generalError } from '../../components/errors';
import { formatNumber } from '../../components/format';
import { toast } from '../../components/toast';
import { CAMPAIGN_STATUS } from '../../components/words';
import { graphql } from '../../gql';
import type { CampaignStatus } from '../../gql/graphql';
import { useOnline } from '../../urql/status';

const CampaignActions_Start = graphql(`mutation CampaignActions_Start($id: ID!) { startCampaign(id: $id) { id status version } }`);
const CampaignActions_Pause = graphql(`mutation CampaignActions_Pause($id: ID!) { pauseCampaign(id: $id) { id status version } }`);
const CampaignActions_Resume = graphql(`mutation CampaignActions_Resume($id: ID!) { resumeCampaign(id: $id) { id status version } }`);
const CampaignActions_Cancel = graphql(`mutation CampaignActions_Cancel($id: ID!) { cancelCampaign(id: $id) { id status version } }`);

export const FINISHED: readonly CampaignStatus[] = ['COMPLETED', 'FAILED', 'CANCELLED'];

interface Watched {
  id: string;
  name: string;
  status: CampaignStatus;
  progress: { processed: number; total: number };
}

/**
 * A notice when a campaign on screen finishes while someone watches it (its page, or the list): the
 * status comes from the change stream (nothing is asked for), and only a change seen here counts,
 * not a page opened on a campaign that had long finished. `quiet`: a campaign whose Cancel here
 * already said so.
 */
export function useFinishNotices(campaigns: readonly Watched[] | undefined, quiet?: RefObject<string | undefined>): void {
  const seen = useRef(new Map<string, CampaignStatus>());
  useEffect(() => {
    if (!campaigns) return;
    const now = new Map<string, CampaignStatus>();
    for (const campaign of campaigns) {
      const before = seen.current.get(campaign.id);
      now.set(campaign.id, campaign.status);
      if (!before || FINISHED.includes(before) || !FINISHED.includes(campaign.status)) continue;
      if (quiet?.current === campaign.id && campaign.status === 'CANCELLED') continue;
      const status = CAMPAIGN_STATUS[campaign.status].toLowerCase();
      const { processed, total } = campaign.progress;
      toast(`“${campaign.name}” ${status}: ${formatNumber(processed)} of ${formatNumber(total)} processed.`, {
        title: campaign.status === 'COMPLETED' ? 'Campaign finished' : `Campaign ${status}`,
        color: campaign.status === 'FAILED' ? 'red' : campaign.status === 'COMPLETED' ? 'green' : 'blue',
      });
    }
    seen.current = now;
  }, [campaigns, quiet]);
}

/** Start, Pause, Resume and Cancel: each shows it is at work, says when it is done, and Cancel asks first. */
export function CampaignActions({ campaign }: { campaign: Watched }) {
  const [start, startCampaign] = useMutation(CampaignActions_Start);
  const [pause, pauseCampaign] = useMutation(CampaignActions_Pause);
  const [resume, resumeCampaign] = useMutation(CampaignActions_Resume);
  const [cancel, cancelCampaign] = useMutation(CampaignActions_Cancel);
  const [confirming, setConfirming] = useState(false);
  const cancelledHere = useRef<string | undefined>(undefined);
  const online = useOnline();
  useFinishNotices(useMemo(() => [campaign], [campaign]), cancelledHere);
  const { id, name, status } = campaign;
  const run = async (action: (variables: { id: string }) => Promise<{ error?: CombinedError }>, done: string) => {
    const result = await action({ id });
    if (!result.error) toast(`${done} “${name}”.`);
    return result;
  };
  const problem = generalError(start.error ?? pause.error ?? resume.error ?? cancel.error);
  const busy = start.fetching || pause.fetching || resume.fetching || cancel.fetching;
  return (
    <>
      {problem && <Alert color="red" role="alert" mt="md">{problem}</Alert>}
      <Group mt="md" gap="xs">
        <Button disabled={status !== 'DRAFT' || !online || busy} loading={start.fetching} onClick={() => void run(startCampaign, 'Started')}>Start</Button>
        <Button variant="light" disabled={(status !== 'RUNNING' && status !== 'QUEUED') || !online || busy} loading={pause.fetching} onClick={() => void run(pauseCampaign, 'Paused')}>
          Pause
        </Button>
        <Button variant="light" disabled={status !== 'PAUSED' || !online || busy} loading={resume.fetching} onClick={() => void run(resumeCampaign, 'Resumed')}>
          Resume
        </Button>
        <Button color="red" variant="light" disabled={FINISHED.includes(status) || !online || busy} loading={cancel.fetching} onClick={() => setConfirming(true)}>
          Cancel
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Cancel this campaign?" size="md" closeButtonProps={{ 'aria-label': 'Close' }}>
        <Text size="sm">
          “{name}” stops {status === 'DRAFT' ? 'before it starts' : 'where it is'}; the results so far are kept. A cancelled campaign cannot be resumed, only run again as a copy.
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
            {status === 'DRAFT' ? 'Keep it' : 'Keep running'}
          </Button>
          <Button
            color="red"
            loading={cancel.fetching}
            onClick={async () => {
              cancelledHere.current = id;
              const result = await run(cancelCampaign, 'Cancelled');
              if (!result.error) setConfirming(false);
            }}
          >
            Cancel campaign
          </Button>
        </Group>
      </Modal>
    </>
  );
}
