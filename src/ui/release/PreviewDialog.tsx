/**
 * The release preview: before anything is written, every seat with why it looks idle, its
 * open assigned tickets and what Zendesk will do with them, the target (end user, or light
 * agent where the account has that role), the warnings, and the confirmation: the count on
 * the button, the count typed for large releases, and a second step naming admins and exempt
 * seats. The seat list is plain elements: a thousand seats must open at once.
 */
import { memo, useMemo, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Fieldset, Input, Radio } from '@zendeskgarden/react-forms';
import { Modal } from '@zendeskgarden/react-modals';
import { Alert } from '@zendeskgarden/react-notifications';
import { getColor } from '@zendeskgarden/react-theming';
import { isAdminSeat } from '../../release/eligibility';
import type { ReleasePreview, ReleaseTarget, ReviewSession } from '../../review';
import type { ReviewedSeat } from '../../seats/review';
import { failureText } from '../text/errors';
import {
  anywayText,
  confirmText,
  flaggedText,
  lightAgentMissingText,
  openTicketsText,
  previewTitle,
  releaseWords,
  seatName,
  seatTicketFateText,
  targetText,
  ticketFateText,
  TYPED_CONFIRM_OVER,
  typeToConfirmLabel,
  warningsText,
} from '../text/release';
import { idleReasonText } from '../text/seats';
import { SeatList } from './styles';

const Note = styled.p`
  margin: ${(p) => p.theme.space.xs} 0;
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

const Warnings = styled.ul`
  margin: ${(p) => p.theme.space.sm} 0 0;
  padding-left: ${(p) => p.theme.space.md};

  li:last-child {
    font-weight: ${(p) => p.theme.fontWeights.semibold};
  }
`;

interface PreviewRowProps {
  row: ReviewedSeat;
  count: number | undefined;
  counting: ReleasePreview['counting'];
  kind: ReleaseTarget['kind'];
}

/** One seat; memoised, so a count arriving or a keystroke in the typed count re-renders only what changed. */
const PreviewRow = memo(function PreviewRow({ row, count, counting, kind }: PreviewRowProps) {
  const { seat, verdict } = row;
  return (
    <tr data-preview-seat={seat.id}>
      <td>
        {seatName(seat)}
        <small>{seat.email}</small>
      </td>
      <td>{verdict.reasons.length > 0 ? verdict.reasons.map(idleReasonText).join('; ') : releaseWords().noIdleReason}</td>
      <td data-open-tickets={count ?? counting}>{openTicketsText(count, counting)}</td>
      <td>{seatTicketFateText(kind, count)}</td>
    </tr>
  );
});

interface Flagged {
  name: string;
  why: 'admin' | 'exempt';
}

export function PreviewDialog({ session, preview }: { session: ReviewSession; preview: ReleasePreview }) {
  const desk = session.releases;
  const [kind, setKind] = useState<ReleaseTarget['kind']>('end-user');
  const [typed, setTyped] = useState('');
  const [second, setSecond] = useState(false);
  const { seats, lightAgentRole, roles, openTickets, counting, failure } = preview;
  const count = seats.length;
  const only = seats.length === 1 && seats[0] ? seatName(seats[0].seat) : null;
  const t = releaseWords();

  const target: ReleaseTarget =
    kind === 'light-agent' && lightAgentRole
      ? { kind: 'light-agent', roleId: lightAgentRole.id, roleName: lightAgentRole.name }
      : { kind: 'end-user' };
  // Admins and exempt seats reach a preview only from their own panel: named once more before the release.
  const flagged = useMemo(
    () =>
      seats.flatMap((row): Flagged[] => {
        if (isAdminSeat(row)) return [{ name: seatName(row.seat), why: 'admin' }];
        return row.verdict.exempt ? [{ name: seatName(row.seat), why: 'exempt' }] : [];
      }),
    [seats],
  );
  const typedOk = count <= TYPED_CONFIRM_OVER || typed.trim() === String(count);
  const canConfirm = count > 0 && roles !== 'loading' && typedOk;

  const confirm = (): void => {
    if (!canConfirm) return;
    if (flagged.length > 0 && !second) setSecond(true);
    else desk.release(target);
  };

  return (
    <Modal isLarge onClose={desk.closePreview} data-release-preview>
      <Modal.Header tag="h2">{previewTitle(count, only)}</Modal.Header>
      <Modal.Body>
        {second ? (
          <div data-release-second-step>
            {flagged.map((f) => (
              <p key={f.name} data-flagged={f.why}>
                {flaggedText(f.name, f.why)}
              </p>
            ))}
          </div>
        ) : (
          <>
            <Fieldset>
              <Fieldset.Legend>{t.targetLegend}</Fieldset.Legend>
              <Field>
                <Radio
                  name="release-target"
                  value="end-user"
                  checked={kind === 'end-user'}
                  onChange={() => setKind('end-user')}
                  data-target="end-user"
                >
                  <Field.Label>{targetText({ kind: 'end-user' })}</Field.Label>
                  <Field.Hint>{t.endUserHint}</Field.Hint>
                </Radio>
              </Field>
              {lightAgentRole ? (
                <Field>
                  <Radio
                    name="release-target"
                    value="light-agent"
                    checked={kind === 'light-agent'}
                    onChange={() => setKind('light-agent')}
                    data-target="light-agent"
                  >
                    <Field.Label>{targetText({ kind: 'light-agent', roleId: lightAgentRole.id, roleName: lightAgentRole.name })}</Field.Label>
                    <Field.Hint>{t.lightAgentHint}</Field.Hint>
                  </Radio>
                </Field>
              ) : (
                <Note data-light-agent-missing={roles}>{lightAgentMissingText(roles)}</Note>
              )}
            </Fieldset>
            <Note data-ticket-fate={target.kind}>{ticketFateText(target.kind)}</Note>
            {failure && (
              <Alert type="warning" data-preview-failure>
                {counting === 'failed' ? t.countingFailed(failureText(failure)) : t.rolesFailed(failureText(failure))}
              </Alert>
            )}
            <SeatList $maxHeight="40vh" $framed tabIndex={0} role="region" aria-label={previewTitle(count, only)}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.previewSeat}</th>
                    <th scope="col">{t.previewWhy}</th>
                    <th scope="col">{t.previewTickets}</th>
                    <th scope="col">{t.previewFate}</th>
                  </tr>
                </thead>
                <tbody>
                  {seats.map((row) => (
                    <PreviewRow key={row.seat.id} row={row} count={openTickets.get(row.seat.id)} counting={counting} kind={target.kind} />
                  ))}
                </tbody>
              </table>
            </SeatList>
            <Warnings data-release-warnings>
              {warningsText().map((w) => (
                <li key={w}>{w}</li>
              ))}
            </Warnings>
            {count > TYPED_CONFIRM_OVER && (
              <Field style={{ marginTop: 16 }}>
                <Field.Label>{typeToConfirmLabel(count)}</Field.Label>
                <Input
                  isCompact
                  inputMode="numeric"
                  autoComplete="off"
                  data-release-typed-count
                  value={typed}
                  onChange={(e) => setTyped(e.target.value)}
                  onKeyDown={(e) => e.key === 'Enter' && confirm()}
                />
              </Field>
            )}
          </>
        )}
      </Modal.Body>
      <Modal.Footer>
        <Modal.FooterItem>
          {second ? (
            <Button isBasic onClick={() => setSecond(false)}>
              {t.back}
            </Button>
          ) : (
            <Button isBasic onClick={desk.closePreview}>
              {t.cancel}
            </Button>
          )}
        </Modal.FooterItem>
        <Modal.FooterItem>
          {second ? (
            <Button isPrimary isDanger data-release-confirm="second" onClick={confirm}>
              {anywayText(flagged.map((f) => f.name))}
            </Button>
          ) : (
            <Button isPrimary isDanger data-release-confirm="preview" disabled={!canConfirm} onClick={confirm}>
              {confirmText(count)}
            </Button>
          )}
        </Modal.FooterItem>
      </Modal.Footer>
      <Modal.Close aria-label={t.closeDialog} />
    </Modal>
  );
}
