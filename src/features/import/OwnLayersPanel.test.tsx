import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OwnLayer } from '../../data/own-layers';
import { useAtlas } from '../../store/store';
import OwnLayersPanel from './OwnLayersPanel';

const deleteOwnLayer = vi.fn<(id: string) => Promise<void>>();
vi.mock('../../data/own-layers', async (original) => ({
  ...(await original<typeof import('../../data/own-layers')>()),
  deleteOwnLayer: (id: string) => deleteOwnLayer(id),
}));

const layer: OwnLayer = {
  id: 'own-1',
  name: 'Our sites',
  colour: '#7B3294',
  labelField: null,
  fields: [],
  features: [],
  fileName: 'sites.csv',
  importedAt: '2026-11-30',
};

afterEach(() => {
  cleanup();
  useAtlas.setState({ ownLayers: [], notices: [] });
});

describe('removing an own layer', () => {
  it('takes it off the map and deletes the saved copy', async () => {
    deleteOwnLayer.mockResolvedValueOnce();
    useAtlas.setState({ lang: 'en', ownLayers: [layer], notices: [] });
    render(<OwnLayersPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the layer Our sites' }));
    expect(useAtlas.getState().ownLayers).toEqual([]);
    await vi.waitFor(() => expect(deleteOwnLayer).toHaveBeenCalledWith('own-1'));
    expect(useAtlas.getState().notices).toEqual([]);
  });

  it('says so when the browser cannot delete the saved copy (it would come back after a reload)', async () => {
    deleteOwnLayer.mockRejectedValueOnce(new Error('the storage is blocked'));
    useAtlas.setState({ lang: 'en', ownLayers: [layer], notices: [] });
    render(<OwnLayersPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the layer Our sites' }));
    await vi.waitFor(() => expect(useAtlas.getState().notices).toHaveLength(1));
    expect(useAtlas.getState().notices[0].text).toBe(
      'The layer Our sites is removed from the map, but the browser could not delete its saved copy (the storage is blocked); it may come back when the page is reloaded.',
    );
  });
});
