/**
 * One seat's evidence, in a side panel: who it is, its seat class and the rule behind it,
 * the idle verdict with each reason, the dates and counts it rests on, and a way to open
 * the user in Zendesk. Loaded on request (React.lazy): the first screen does not carry it.
 */
import { useState, type ReactNode } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Drawer } from '@zendeskgarden/react-modals';
import { getColor } from '@zendeskgarden/react-theming';
import type { ColumnKey } from '../../seats/columns';
import type { ReviewedSeat } from '../../seats/review';
import { cellText, columnLabel, daysAgoText, notSetText } from '../text/columns';
import { interactionsLabel, panelWords, verdictText } from '../text/seat';
import { idleReasonText, seatClassRuleText, seatClassWords, uncertaintyText } from '../text/seats';

const Subtle = styled.p`
  margin: ${(p) => p.theme.space.xxs} 0 0;
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
  overflow-wrap: anywhere;
`;

const Section = styled.section`
  margin-bottom: ${(p) => p.theme.space.md};

  h3 {
    margin: 0 0 ${(p) => p.theme.space.xxs};
    font-size: ${(p) => p.theme.fontSizes.sm};
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  }
  p,
  ul {
    margin: ${(p) => p.theme.space.xxs} 0 0;
  }
  ul {
    padding-left: ${(p) => p.theme.space.md};
  }
`;

const Verdict = styled.p<{ $tone: 'danger' | 'warning' | null }>`
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  color: ${(p) =>
    p.$tone === null ? 'inherit' : getColor({ theme: p.theme, variable: p.$tone === 'danger' ? 'foreground.danger' : 'foreground.warning' })};
`;

/** Label above value: the drawer is narrow, and a date with its "days ago" should stay on one line. */
const Facts = styled.dl`
  margin: 0;

  dt {
    font-size: ${(p) => p.theme.fontSizes.sm};
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  }
  dd {
    margin: 0 0 ${(p) => p.theme.space.sm};
  }
`;

const Refused = styled.p`
  margin: ${(p) => p.theme.space.md} 0 0;
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.danger' })};
`;

export interface SeatPanelProps {
  row: ReviewedSeat;
  /** The review's "now": "12 days ago" counts from it. */
  now: number;
  /** The window ticket interactions are counted in. */
  idleDays: number;
  onClose: () => void;
  /** Opens the user in Zendesk; resolves false when the host refused. */
  openUser: (id: number) => Promise<boolean>;
  /** Shown in the footer beside "Open in Zendesk" (the release button). */
  actions?: ReactNode;
}

/** A fact's value: the table's cell text, "Not known yet" when engagement is not in, a dash when Zendesk has none. */
function Fact({ label, name, value, extra }: { label: string; name: string; value: string; extra?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-field={name}>
        {value === '' ? <span aria-label={notSetText()}>—</span> : value}
        {extra ? <Subtle as="span"> · {extra}</Subtle> : null}
      </dd>
    </>
  );
}

export function SeatPanel({ row, now, idleDays, onClose, openUser, actions }: SeatPanelProps) {
  const [refused, setRefused] = useState(false);
  const t = panelWords();
  const { seat, seatClass, verdict, engagement } = row;
  const text = (key: ColumnKey): string => cellText(key, row);
  const tone = verdict.idle ? 'danger' : verdict.reasons.length > 0 ? 'warning' : null;

  const open = (): void => {
    setRefused(false);
    void openUser(seat.id).then((opened) => setRefused(!opened));
  };

  return (
    <Drawer isOpen onClose={onClose} restoreFocus={false} data-seat-panel={seat.id}>
      <Drawer.Header tag="h2">{seat.name || seat.email || t.untitledUser(seat.id)}</Drawer.Header>
      <Drawer.Body style={{ flex: 1 }}>
        <Subtle data-field="email" style={{ marginTop: 0, marginBottom: 16 }}>
          {seat.email || t.noEmail}
          {seat.suspended ? ` · ${t.suspended}` : ''}
        </Subtle>

        <Section aria-labelledby="seat-panel-class">
          <h3 id="seat-panel-class">{columnLabel('seatClass')}</h3>
          <p data-field="seatClass">{seatClassWords(seatClass.seatClass)}</p>
          <Subtle data-field="seatClassRule">{seatClassRuleText(seatClass)}</Subtle>
          {seatClass.uncertainty && <Subtle data-field="uncertainty">{uncertaintyText(seatClass.uncertainty)}</Subtle>}
        </Section>

        <Section aria-labelledby="seat-panel-idle">
          <h3 id="seat-panel-idle">{columnLabel('idle')}</h3>
          <Verdict $tone={tone} data-field="verdict">
            {verdictText(verdict)}
          </Verdict>
          {verdict.reasons.length > 0 && (
            <ul data-field="reasons">
              {verdict.reasons.map((reason) => (
                <li key={reason.code}>{idleReasonText(reason)}</li>
              ))}
            </ul>
          )}
          {verdict.paid && !verdict.exempt && verdict.basis === 'sign-in' && <Subtle data-field="basis">{t.signInOnly}</Subtle>}
        </Section>

        <Facts>
          <Fact label={columnLabel('lastLoginAt')} name="lastLoginAt" value={text('lastLoginAt')} extra={daysAgoText(seat.lastLoginAt, now)} />
          <Fact
            label={columnLabel('lastSeenAt')}
            name="lastSeenAt"
            value={engagement.lastSeenAt === undefined ? t.notKnownYet : text('lastSeenAt')}
            extra={daysAgoText(engagement.lastSeenAt ?? null, now)}
          />
          <Fact
            label={interactionsLabel(idleDays)}
            name="interactions"
            value={engagement.interactions === null ? t.notKnownYet : text('interactions')}
          />
          <Fact label={columnLabel('createdAt')} name="createdAt" value={text('createdAt')} extra={daysAgoText(seat.createdAt, now)} />
          <Fact label={columnLabel('role')} name="role" value={text('role')} />
          <Fact label={columnLabel('roleType')} name="roleType" value={text('roleType')} />
        </Facts>

        {refused && (
          <Refused role="alert" data-open-refused>
            {t.openRefused}
          </Refused>
        )}
      </Drawer.Body>
      <Drawer.Footer>
        {actions && <Drawer.FooterItem>{actions}</Drawer.FooterItem>}
        <Drawer.FooterItem>
          <Button size="small" data-action="open-in-zendesk" onClick={open}>
            {t.openInZendesk}
          </Button>
        </Drawer.FooterItem>
      </Drawer.Footer>
      <Drawer.Close aria-label={t.close} />
    </Drawer>
  );
}
