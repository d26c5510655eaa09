import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { LAYER_IDS } from '../../data/layers';
import { useAtlas } from '../../store/store';
import LayerPanel from './LayerPanel';

describe('LayerPanel (the legend)', () => {
  beforeEach(() => useAtlas.setState({ lang: 'en', visibleLayers: [...LAYER_IDS], data: null }));
  afterEach(cleanup);

  it('lists every layer with a labelled checkbox', () => {
    render(<LayerPanel />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(LAYER_IDS.length);
    expect(screen.getByRole('checkbox', { name: /Student housing/ })).toBeTruthy();
  });

  it('toggles a layer off and on again', () => {
    render(<LayerPanel />);
    const box = screen.getByRole('checkbox', { name: /Life-science companies/ });
    fireEvent.click(box);
    expect(useAtlas.getState().visibleLayers).not.toContain('pharma');
    fireEvent.click(box);
    expect(useAtlas.getState().visibleLayers).toEqual(LAYER_IDS);
  });
});
