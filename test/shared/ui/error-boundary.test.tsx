import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/shared/ui/error-boundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('render failed');
  return <p>Recovered</p>;
}

describe('ErrorBoundary', () => {
  it('shows the fallback instead of a blank page, reports the error and can reset', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    function Page() {
      const [label] = useState('Outside stays');
      return (
        <>
          <p>{label}</p>
          <ErrorBoundary onError={onError} fallback={(error, reset) => <button onClick={reset}>{`Failed: ${error.message}`}</button>}>
            <Fragile />
          </ErrorBoundary>
        </>
      );
    }
    render(<Page />);
    expect(screen.getByText('Outside stays')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'render failed' }), expect.anything());
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Failed: render failed' }));
    expect(screen.getByText('Recovered')).toBeInTheDocument();
  });
});
