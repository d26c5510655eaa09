import { useState } from 'react';
import { useAtlas } from '../../store/store';
import { pick, t } from '../../i18n/i18n';
import type { Scene, Story } from '../../data/story-schema';
import { downloadText } from '../../ui/download';
import FilePicker from '../../ui/FilePicker';
import { deleteScene, editScene, insertScene, moveScene } from './story-edit';
import { forgetStory, parseStoryFile, saveStory } from './story-storage';

const FIELDS = ['title_sv', 'title_en', 'caption_sv', 'caption_en'] as const;

/** Prepare a talk without code: present, add the current view, reorder, edit, save, load. */
export default function StoryEditor() {
  const lang = useAtlas((s) => s.lang);
  const story = useAtlas((s) => s.stories[s.storyId]);
  const startStory = useAtlas((s) => s.startStory);
  const putStory = useAtlas((s) => s.putStory);
  const addNotice = useAtlas((s) => s.addNotice);
  const [editing, setEditing] = useState<number | null>(null);
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  // The story as it was before the last delete: one click brings the scene back.
  const [undo, setUndo] = useState<{ before: Story; n: number; title: string } | null>(null);
  if (!story) return null;

  // Every edit applies at once; it is kept in the browser only while the story is valid
  // (a caption cleared half-way through typing is not saved over a good one).
  const commit = (next: typeof story) => {
    putStory(next);
    void saveStory(next);
    // Undo covers the last delete only; any later edit makes it stale.
    setUndo(null);
  };

  const addCurrentView = () => {
    const s = useAtlas.getState();
    if (!s.view) return;
    const scene: Scene = {
      camera: { ...s.view },
      layers: s.visibleLayers,
      zones: s.zones,
      within: s.within,
      themes: s.attributes.theme,
      role: s.attributes.role as Scene['role'],
      highlight: s.selectedId && !s.selectedId.startsWith('zone-') ? [s.selectedId] : [],
      // The time control's year goes with the view; presenters can widen it to [from, to] in the file.
      ...(s.year !== null ? { years: [s.year] } : {}),
      policyPoint: s.lens ?? 'P5',
      title_sv: t('story.newScene', 'sv'),
      title_en: t('story.newScene', 'en'),
      caption_sv: t('story.newCaption', 'sv'),
      caption_en: t('story.newCaption', 'en'),
      facts: [],
    };
    commit(insertScene(story, scene));
    setEditing(story.scenes.length);
  };

  const loadFile = async (file: File) => {
    const { story: loaded, problems, notJson } = await parseStoryFile(file.name, await file.text());
    if (!loaded) {
      setFileProblems(notJson ? [t('story.notjson', lang, { error: notJson })] : problems);
      return;
    }
    setFileProblems([]);
    commit(loaded);
    addNotice(
      'info',
      t('story.loaded', lang, { title: pick(lang, loaded.title_sv, loaded.title_en), n: loaded.scenes.length }),
    );
  };

  const bundled = useAtlas.getState().bundledStories[story.id];
  return (
    <div className="story-editor" data-testid="story-editor">
      <p className="muted">{t('story.hint', lang)}</p>
      <button type="button" className="button primary" onClick={() => startStory(story.id, 0)} data-testid="present">
        ▶ {t('story.present', lang)}
      </button>
      <h3>{pick(lang, story.title_sv, story.title_en)}</h3>
      <ol className="scene-list">
        {story.scenes.map((scene, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: scenes have no id; position + title re-keys a moved scene, which is what we want.
          <li key={`${i}-${scene.title_en}`} data-scene={i + 1}>
            <div className="scene-row">
              <button
                type="button"
                className="link-button scene-title"
                onClick={() => startStory(story.id, i)}
                title={t('story.presentFrom', lang, { n: i + 1 })}
              >
                {i + 1}. {pick(lang, scene.title_sv, scene.title_en)}
              </button>
              <span className="scene-tools">
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => commit(moveScene(story, i, i - 1))}
                  disabled={i === 0}
                  aria-label={t('story.up', lang, { n: i + 1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => commit(moveScene(story, i, i + 1))}
                  disabled={i === story.scenes.length - 1}
                  aria-label={t('story.down', lang, { n: i + 1 })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-expanded={editing === i}
                  onClick={() => setEditing(editing === i ? null : i)}
                  aria-label={t('story.edit', lang, { n: i + 1 })}
                >
                  ✎
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => {
                    setEditing(null);
                    commit(deleteScene(story, i));
                    setUndo({ before: story, n: i + 1, title: pick(lang, scene.title_sv, scene.title_en) });
                  }}
                  disabled={story.scenes.length === 1}
                  aria-label={t('story.delete', lang, { n: i + 1 })}
                >
                  ×
                </button>
              </span>
            </div>
            {editing === i && (
              <div className="scene-fields">
                {FIELDS.map((field) => (
                  // biome-ignore lint/a11y/noLabelWithoutControl: the control (input or textarea) is inside, chosen by the field.
                  <label key={field}>
                    <span>{t(`story.field.${field}`, lang)}</span>
                    {field.startsWith('caption') ? (
                      <textarea
                        value={scene[field]}
                        maxLength={600}
                        rows={3}
                        onChange={(e) => commit(editScene(story, i, { [field]: e.target.value }))}
                      />
                    ) : (
                      <input
                        value={scene[field]}
                        maxLength={120}
                        onChange={(e) => commit(editScene(story, i, { [field]: e.target.value }))}
                      />
                    )}
                  </label>
                ))}
              </div>
            )}
          </li>
        ))}
      </ol>
      {undo && undo.before.id === story.id && (
        <p className="undo-bar" role="status" data-testid="story-undo-bar">
          {t('story.deleted', lang, { n: undo.n, title: undo.title })}{' '}
          <button
            type="button"
            className="button"
            data-testid="story-undo"
            onClick={() => {
              commit(undo.before);
            }}
          >
            {t('story.undo', lang)}
          </button>
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={addCurrentView} data-testid="add-view">
          {t('story.addView', lang)}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => downloadText(`${JSON.stringify(story, null, 2)}\n`, `${story.id}.json`, 'application/json')}
          data-testid="story-download"
        >
          {t('story.download', lang)}
        </button>
        <FilePicker
          label={t('story.load', lang)}
          accept=".json,application/json"
          onFile={(f) => void loadFile(f)}
          testId="story-file"
        />
        {bundled && (
          <button
            type="button"
            className="button"
            onClick={() => {
              forgetStory(bundled.id);
              putStory(bundled);
            }}
          >
            {t('story.reset', lang)}
          </button>
        )}
      </div>
      {fileProblems.length > 0 && (
        <div className="data-error" role="alert" data-testid="story-error">
          {t('story.invalid', lang)}
          <ul>
            {fileProblems.slice(0, 30).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="muted small">{t('story.storage', lang)}</p>
    </div>
  );
}
