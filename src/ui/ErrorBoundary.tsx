import { Component, type ReactNode } from 'react';

interface Props {
  /** Rendered instead of the children once they throw. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  children: ReactNode;
}

/** One failing panel must never blank the atlas. */
export default class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(error);
  }

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}
