import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/t';
import { profiles } from '../sim/profile';
import { playgroundStore } from '../store/usePlayground';
import { errorReport } from './errorReport';
import { useT } from './useT';

export type PanelName = 'canvas' | 'terminal' | 'side' | 'inspector' | 'stepper' | 'hop';

interface Props {
  readonly panel: PanelName;
  readonly children: ReactNode;
}
interface State {
  readonly error: unknown;
  readonly componentStack: string;
  /** Bumped by "try again": the panel mounts afresh. */
  readonly attempt: number;
}

/**
 * Keeps a failure inside one panel: the panel shows what happened and offers a report to copy and a
 * retry; the world, the store and every other panel go on working.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: '', attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown error') };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  override render(): ReactNode {
    const { error, componentStack, attempt } = this.state;
    if (error === null) return <PanelKey key={attempt}>{this.props.children}</PanelKey>;
    return <PanelError panel={this.props.panel} error={error} componentStack={componentStack} onRetry={() => this.setState({ error: null, componentStack: '', attempt: attempt + 1 })} />;
  }
}

const PanelKey = ({ children }: { readonly children: ReactNode }) => <>{children}</>;

/** The report for the page's current state: scenario, engine, commands typed, and the error. */
function currentReport(panel: PanelName, error: unknown, componentStack: string): string {
  const s = playgroundStore.getState();
  return errorReport({ panel, scenario: s.scenarioName, engine: profiles[s.world.profile].engineVersion, log: s.model.log, error, componentStack });
}

function PanelError(props: { readonly panel: PanelName; readonly error: unknown; readonly componentStack: string; readonly onRetry: () => void }) {
  const t = useT();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const report = currentReport(props.panel, props.error, props.componentStack);
  const onCopy = () => {
    // Built at the click, so the commands typed since the panel failed are in it.
    navigator.clipboard.writeText(currentReport(props.panel, props.error, props.componentStack)).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  const name = t(`panelError.${props.panel}` as MessageKey);
  return (
    <div className="panel-error" role="alert" data-testid={`panel-error-${props.panel}`}>
      <h2>{t('panelError.title', { panel: name })}</h2>
      <p>{t('panelError.body')}</p>
      <p className="panel-error-actions">
        <button type="button" onClick={onCopy}>
          {t('panelError.copy')}
        </button>{' '}
        <button type="button" onClick={props.onRetry}>
          {t('panelError.retry')}
        </button>{' '}
        <span aria-live="polite">{copy === 'copied' ? t('panelError.copied') : copy === 'failed' ? t('panelError.copyFailed') : ''}</span>
      </p>
      {copy === 'failed' ? <textarea readOnly value={report} rows={8} aria-label={t('panelError.copy')} /> : null}
    </div>
  );
}
