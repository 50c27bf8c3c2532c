import type {PhraseRule} from '../types.js'

// Media-player and overlay controls left behind as text. Timestamps and lone glyphs
// are found by shape (see shape.ts).
export const player: readonly PhraseRule[] = [
  {
    id: 'player/control',
    category: 'player',
    placement: 'whole',
    maxWords: 8,
    reason: 'media-player or overlay control',
    fixture: 'player--controls',
    phrases: {
      en: ['close', 'play', 'pause', 'mute', 'unmute', 'fullscreen', 'full screen', 'exit fullscreen', 'replay',
        'skip ad', 'skip', 'loading', 'now playing', 'play video', 'watch video', 'watch', 'video', 'volume',
        'settings', 'cancel', 'dismiss', 'ok', 'got it', 'next video', 'autoplay', 'captions', 'subtitles',
        'chapters', 'keyboard shortcuts', 'playback speed', 'current time', 'duration', 'remaining time', 'live',
        'more videos', 'this video is unavailable', 'your browser does not support the video tag',
        'your browser does not support the audio element', 'video player', 'audio player', 'click to play',
        'tap to unmute', 'watch now', 'play all', 'enlarge', 'zoom', 'expand image', 'view image', 'open image',
        'click to enlarge', 'view gallery', 'x', 'close x', 'close window', 'back to video', 'video loading',
        'media playback is unsupported on your device', 'media playback is not supported on this device'],
      de: ['schließen', 'abspielen', 'video abspielen', 'stummschalten', 'vollbild', 'wird geladen'],
      fr: ['fermer', 'lecture', 'lire la vidéo', 'plein écran', 'chargement'],
      es: ['cerrar', 'reproducir', 'ver video', 'ver vídeo', 'pantalla completa', 'cargando'],
      it: ['chiudi', 'riproduci', 'guarda il video', 'schermo intero', 'caricamento'],
      pt: ['fechar', 'reproduzir', 'assistir', 'tela cheia', 'carregando'],
      nl: ['sluiten', 'afspelen', 'volledig scherm', 'laden'],
      ru: ['закрыть', 'смотреть', 'воспроизвести', 'полный экран', 'загрузка', 'смотреть видео'],
    },
  },
]
