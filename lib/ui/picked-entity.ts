import { storage } from 'wxt/utils/storage';

/**
 * The entity the reader last clicked in a page's highlights, for the side panel to show first.
 * Session storage: extension pages read it, content scripts cannot, and it is gone when the
 * browser closes.
 */
export interface PickedEntity {
  tabId: number;
  id: string;
  name: string;
  type: 'PER' | 'LOC' | 'ORG';
}

export const pickedEntity = storage.defineItem<PickedEntity>('session:panelEntity');

/** Calls `show` with each entity picked on the panel's tab (also the one picked just before). */
export function followPickedEntity(
  currentTabId: () => number | undefined,
  show: (entityId: string) => void,
): () => void {
  const apply = (p: PickedEntity | null) => {
    const tab = currentTabId();
    if (p && (tab === undefined || tab === p.tabId)) show(p.id);
  };
  void pickedEntity.getValue().then(apply);
  return pickedEntity.watch(apply);
}
